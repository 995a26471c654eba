import type { TimelineFilters } from '../../../../shared/domain/timeline';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { useToasts } from '../../app/toasts';
import { axisSvg, type AxisImage } from './axis-image';
import { saveFile } from '../../ui/save-file';
import { useMenu } from '../../ui/use-menu';

function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    image.onload = () => {
      const canvas = Object.assign(document.createElement('canvas'), { width: width * ratio, height: height * ratio });
      const context = canvas.getContext('2d')!;
      context.scale(ratio, ratio);
      context.drawImage(image, 0, 0, width, height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be drawn'))), 'image/png');
    };
    image.onerror = () => reject(new Error('the image could not be drawn'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

/** TimelineJS JSON and spreadsheet CSV from the services; the axis as an SVG or PNG image drawn here. */
export function ExportMenu(props: { filters: TimelineFilters; image: (() => AxisImage | null) | null }) {
  const api = useApi();
  const toasts = useToasts();
  const { open, setOpen, menuRef, buttonRef, onKeyDown } = useMenu();

  const fail = (error: unknown) => toasts.show({ tone: 'error', title: 'Could not export the timeline', message: messageOf(error) });

  function exportTimelineJs(format: 'timelinejs-json' | 'timelinejs-csv') {
    setOpen(false);
    api.call('timeline.export', { filters: props.filters, format }).then(({ fileName, mimeType, content }) => saveFile(fileName, new Blob([content], { type: mimeType })), fail);
  }

  function exportImage(kind: 'svg' | 'png') {
    setOpen(false);
    const image = props.image?.();
    if (!image) return;
    const svg = axisSvg(image);
    if (kind === 'svg') saveFile('timeline.svg', new Blob([svg], { type: 'image/svg+xml' }));
    else svgToPng(svg, image.width, image.height).then((blob) => saveFile('timeline.png', blob), fail);
  }

  const imageHint = props.image ? undefined : 'Switch to the axis layout to save it as an image';
  return (
    <div className="tl-menu" ref={menuRef} onKeyDown={onKeyDown}>
      <button ref={buttonRef} type="button" className="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export ▾
      </button>
      {open ? (
        <div className="tl-menu-list" role="menu" aria-label="Export">
          <button type="button" role="menuitem" autoFocus onClick={() => exportTimelineJs('timelinejs-json')}>
            TimelineJS JSON
          </button>
          <button type="button" role="menuitem" onClick={() => exportTimelineJs('timelinejs-csv')}>
            TimelineJS spreadsheet (CSV)
          </button>
          <button type="button" role="menuitem" disabled={!props.image} title={imageHint} onClick={() => exportImage('svg')}>
            Image of this view (SVG)
          </button>
          <button type="button" role="menuitem" disabled={!props.image} title={imageHint} onClick={() => exportImage('png')}>
            Image of this view (PNG)
          </button>
        </div>
      ) : null}
    </div>
  );
}
