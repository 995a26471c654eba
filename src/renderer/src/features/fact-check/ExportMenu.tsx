import { useEffect, useState } from 'react';
import type { FactCheckExportFormat } from '../../../../shared/domain/fact-check';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { useToasts } from '../../app/toasts';
import { useMenu } from '../../ui/use-menu';
import { EXPORT_FORMATS, exportFactCheck, FACT_CHECK_EXPORT_EVENT, takeFactCheckExportRequest } from './export-file';

/**
 * Export ▾: the sheet in six formats, of the claims shown (in their order) or of every claim.
 * The services write the file, with progress and cancel in the status area; it is saved here.
 */
export function ExportMenu(props: { shownIds: readonly number[]; selectedIds: readonly number[]; total: number; filtered: boolean }) {
  const api = useApi();
  const toasts = useToasts();
  const { open, setOpen, menuRef, buttonRef, onKeyDown } = useMenu();
  const [scope, setScope] = useState<'shown' | 'selected' | 'all'>('shown');
  const [busy, setBusy] = useState<FactCheckExportFormat | null>(null);

  // File → Export the fact-check sheet: the menu opens, keyboard on its first format.
  useEffect(() => {
    const take = () => {
      if (takeFactCheckExportRequest()) setOpen(true);
    };
    take();
    window.addEventListener(FACT_CHECK_EXPORT_EVENT, take);
    return () => window.removeEventListener(FACT_CHECK_EXPORT_EVENT, take);
  }, []);

  async function run(format: FactCheckExportFormat) {
    setOpen(false);
    setBusy(format);
    try {
      await exportFactCheck(api, format, scope === 'all' ? undefined : scope === 'selected' && props.selectedIds.length > 0 ? props.selectedIds : props.shownIds);
    } catch (error) {
      toasts.show({ tone: 'error', title: 'Could not export the fact-check sheet', message: `${messageOf(error)} Nothing was saved; try again, or another format.` });
    } finally {
      setBusy(null);
    }
  }

  const shownCount = props.shownIds.length;
  // A selection made after "selected" was chosen may be gone: then the claims shown are meant.
  const effectiveScope = scope === 'selected' && props.selectedIds.length === 0 ? 'shown' : scope;
  const disabled = props.total === 0;
  return (
    <div className="tl-menu fc-export" ref={menuRef} onKeyDown={onKeyDown}>
      <button ref={buttonRef} type="button" className="button" aria-haspopup="menu" aria-expanded={open} disabled={disabled} title="Export the sheet: CSV, XLSX, DOCX, PDF, Markdown, ClaimReview" onClick={() => setOpen(!open)}>
        {busy ? 'Exporting…' : 'Export ▾'}
      </button>
      {open ? (
        <div className="tl-menu-list fc-export-list" role="menu" aria-label="Export">
          <div role="group" aria-label="Which claims" className="fc-export-scope">
            <button type="button" role="menuitemradio" aria-checked={effectiveScope === 'shown'} onClick={() => setScope('shown')}>
              {props.filtered ? `The ${shownCount.toLocaleString()} shown, in this order` : `All ${shownCount.toLocaleString()}, in this order`}
            </button>
            {props.selectedIds.length > 0 ? (
              <button type="button" role="menuitemradio" aria-checked={scope === 'selected'} onClick={() => setScope('selected')}>
                {`The ${props.selectedIds.length.toLocaleString()} selected`}
              </button>
            ) : null}
            <button type="button" role="menuitemradio" aria-checked={scope === 'all'} onClick={() => setScope('all')}>
              {`Every claim (${props.total.toLocaleString()}), by source`}
            </button>
          </div>
          <div role="separator" className="fc-menu-separator" />
          {EXPORT_FORMATS.map((entry, index) => (
            <button key={entry.format} type="button" role="menuitem" autoFocus={index === 0} title={entry.hint} disabled={effectiveScope === 'shown' && shownCount === 0} onClick={() => void run(entry.format)}>
              {entry.label}
              <span className="fc-menu-hint">{entry.hint}</span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
