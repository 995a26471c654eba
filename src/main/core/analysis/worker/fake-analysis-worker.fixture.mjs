// A stand-in for the analysis worker in unit tests: reports the four steps and echoes a
// suggestion naming the text, or never answers when the text is "hang" (to be cancelled).
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (request) => {
  // Starts, then never finishes: the test cancels it once the first step is reported.
  if (request.text === 'hang') return parentPort.postMessage({ id: request.id, step: 'names' });
  if (request.text === 'fail') return parentPort.postMessage({ id: request.id, error: 'The analyzer failed on this text.' });
  for (const step of ['names', 'amounts', 'dates', 'quotes']) parentPort.postMessage({ id: request.id, step });
  parentPort.postMessage({ id: request.id, suggestions: [{ label: request.text, registrySize: request.registry.length }] });
});
