import { navigate } from '../../app/route';
import { Dialog } from '../../ui/Dialog';
import { Icon, type IconName } from '../../ui/icons';
import { settledCount, summarise, type ImportRow, type RowStatus } from './import-batch-state';
import { useImport } from './import-context';

const statusText: Record<RowStatus, string> = {
  waiting: 'Waiting',
  uploading: 'Uploading…',
  imported: 'Imported',
  duplicate: 'Already here',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

const statusIcon: Partial<Record<RowStatus, IconName>> = {
  uploading: 'spinner',
  imported: 'check',
  duplicate: 'duplicate',
  failed: 'warning',
  cancelled: 'close',
};

/**
 * The import in progress or just finished: a bar, one row per file with what happened to it,
 * and a summary. Closing it while importing only hides it; the status area keeps the progress.
 */
export function ImportDialog() {
  const importer = useImport();
  const batch = importer.batch;
  if (!batch || !importer.dialogOpen) return null;
  const done = settledCount(batch);
  const total = batch.rows.length;
  const finished = batch.phase === 'finished';
  const title = finished ? 'Import finished' : `Importing ${total === 1 ? 'a source' : `${total} sources`}`;

  const open = (row: ImportRow) => {
    if (!row.sourceId) return;
    importer.dismiss();
    navigate({ view: 'sources', rest: [String(row.sourceId)] });
  };

  return (
    <Dialog
      title={title}
      width="wide"
      onClose={finished ? importer.dismiss : importer.hideDialog}
      footer={
        finished ? (
          <button type="button" className="button button-primary" onClick={importer.dismiss}>
            Done
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={importer.hideDialog}>
              Hide
            </button>
            <button type="button" className="button" onClick={importer.cancel} disabled={batch.cancelRequested}>
              {batch.cancelRequested ? 'Cancelling…' : 'Cancel import'}
            </button>
          </>
        )
      }
    >
      <div className="import-progress">
        <progress max={total} value={done} aria-label="Import progress" />
        <p className="import-summary" role="status">
          {finished ? summarise(batch.rows) : `${done} of ${total} done`}
        </p>
      </div>
      {batch.error ? (
        <p className="form-error" role="alert">
          {batch.error}
        </p>
      ) : null}
      <ul className="import-rows" aria-label="Files">
        {batch.rows.map((row, index) => (
          <li key={index} className={`import-row import-row-${row.status}`}>
            <span className="import-row-icon">{statusIcon[row.status] ? <Icon name={statusIcon[row.status]!} size={16} /> : null}</span>
            <span className="import-row-main">
              <span className="import-row-name">{row.name}</span>
              {row.message && row.status !== 'imported' ? <span className="import-row-message">{row.message}</span> : null}
            </span>
            <span className="import-row-status">
              {(row.status === 'imported' || row.status === 'duplicate') && row.sourceId ? (
                <button type="button" className="link-button" onClick={() => open(row)}>
                  {row.status === 'imported' ? 'Open' : 'Open existing'}
                </button>
              ) : (
                statusText[row.status]
              )}
            </span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
