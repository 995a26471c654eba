import { useEffect, useState } from 'react';
import { useWorkspace } from '../../app/workspace';
import { Icon } from '../../ui/icons';
import { useImport } from './import-context';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Files dropped anywhere on the window are imported into the open investigation. While files
 * are dragged over it, the window says where they will go. Drops of anything else (text,
 * links) are left to whatever is under the pointer.
 */
export function DropOverlay() {
  const { investigation } = useWorkspace();
  const importer = useImport();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    if (!investigation) return;
    // dragenter/dragleave fire for every child crossed; counting them tells when the pointer
    // has really left the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      importer.importFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [investigation, importer]);

  if (!dragging || !investigation) return null;
  return (
    <div className="drop-overlay" role="status">
      <div className="drop-overlay-box">
        <Icon name="upload" size={36} />
        <p className="drop-overlay-title">Drop to import into “{investigation.name}”</p>
        <p className="drop-overlay-hint">Web pages, Word, PDF, text and Markdown</p>
      </div>
    </div>
  );
}
