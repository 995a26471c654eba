// A stand-in for the import worker that misbehaves on request, so the parent's time bound,
// cancellation and crash handling can be tested without real documents.
import { parentPort } from 'node:worker_threads';

const hog = [];
parentPort.on('message', ({ id, job }) => {
  switch (job.fileName) {
    case 'ok.txt':
      parentPort.postMessage({ id, ok: true, document: { text: 'Fine.', blocks: [{ kind: 'paragraph', start: 0, end: 5 }], mimeType: 'text/plain', metadata: {} } });
      break;
    case 'refused.txt':
      parentPort.postMessage({ id, ok: false, refusal: { reason: 'empty', message: 'Nothing in it.' } });
      break;
    case 'hangs.txt':
      break;
    case 'throws.txt':
      throw new Error('parser bug');
    case 'hogs-memory.txt':
      for (;;) hog.push(new Array(1e6).fill(Math.random()));
    case 'hogs-buffers.txt':
      // Outside the heap limit, as pdf.js's decoded streams are; filled so the pages are real.
      setInterval(() => hog.push(Buffer.alloc(32 * 1024 * 1024, 1)), 5);
      break;
  }
});
