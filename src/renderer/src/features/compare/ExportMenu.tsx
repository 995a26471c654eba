import { useEffect, useState } from 'react';
import type { ComparisonExportFormat, ComparisonSpec } from '../../../../shared/domain/comparison';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { useToasts } from '../../app/toasts';
import { useMenu } from '../../ui/use-menu';
import { COMPARE_EXPORT_EVENT, COMPARE_EXPORT_FORMATS, exportComparison, takeCompareExportRequest } from './export-file';

/** Export ▾: the comparison as a side-by-side table, each statement with its citation. */
export function ExportMenu(props: { spec: ComparisonSpec | null; name: string }) {
  const api = useApi();
  const toasts = useToasts();
  const { open, setOpen, menuRef, buttonRef, onKeyDown } = useMenu();
  const [busy, setBusy] = useState(false);

  // The palette's "Export the comparison": the menu opens, keyboard on its first format.
  const ready = props.spec !== null;
  useEffect(() => {
    if (!ready) return;
    const take = () => {
      if (takeCompareExportRequest()) setOpen(true);
    };
    take();
    window.addEventListener(COMPARE_EXPORT_EVENT, take);
    return () => window.removeEventListener(COMPARE_EXPORT_EVENT, take);
  }, [ready]);

  async function run(format: ComparisonExportFormat) {
    if (!props.spec) return;
    setOpen(false);
    setBusy(true);
    try {
      await exportComparison(api, props.spec, props.name, format);
    } catch (error) {
      toasts.show({ tone: 'error', title: 'Could not export the comparison', message: `${messageOf(error)} Nothing was saved; try again, or another format.` });
    } finally {
      setBusy(false);
      buttonRef.current?.focus();
    }
  }

  return (
    <div className="tl-menu" ref={menuRef} onKeyDown={onKeyDown}>
      <button ref={buttonRef} type="button" className="button" aria-haspopup="menu" aria-expanded={open} disabled={!props.spec || busy} title="Export the comparison: HTML, PDF, DOCX, Markdown" onClick={() => setOpen(!open)}>
        {busy ? 'Exporting…' : 'Export ▾'}
      </button>
      {open ? (
        <div className="tl-menu-list cmp-menu-list" role="menu" aria-label="Export">
          {COMPARE_EXPORT_FORMATS.map((entry, index) => (
            <button key={entry.format} type="button" role="menuitem" autoFocus={index === 0} title={entry.hint} onClick={() => void run(entry.format)}>
              {entry.label}
              <span className="fc-menu-hint">{entry.hint}</span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
