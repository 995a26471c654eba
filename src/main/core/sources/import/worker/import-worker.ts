import { parentPort } from 'node:worker_threads';
import { parseDocument } from '../parse-document';
import { loadPdfjs } from '../pdf/load-pdfjs';
import { ImportRefusal } from '../types';
import type { WorkerRequest, WorkerResponse } from './messages';

/**
 * The import worker: reads one document at a time, away from the thread that answers the UI,
 * under the memory limits it was started with. The parent terminates it when a document takes
 * too long or the reporter cancels, so nothing here needs its own time bound.
 */
const port = parentPort;
if (!port) throw new Error('import-worker must run as a worker thread');

// pdf.js takes seconds to load on a slow machine: start now, while the files are still being
// uploaded, rather than when the first PDF arrives. A failure here shows again on that PDF.
void loadPdfjs().catch(() => undefined);

port.on('message', (request: WorkerRequest) => {
  void parseDocument(request.job).then(
    (document) => reply({ id: request.id, ok: true, document }),
    (error: unknown) => {
      if (error instanceof ImportRefusal) {
        reply({ id: request.id, ok: false, refusal: { reason: error.reason, message: error.message } });
      } else {
        reply({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    },
  );
});

function reply(response: WorkerResponse): void {
  port!.postMessage(response);
}
