import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../analyze-text';
import { toSuggestions } from '../suggestions/to-suggestions';
import type { AnalysisRequest, AnalysisResponse } from './messages';

/**
 * The analysis worker: analyzes one text at a time away from the thread that answers the UI
 * (a 150,000-word report takes seconds). The parent terminates it to cancel.
 */
const port = parentPort;
if (!port) throw new Error('analysis-worker must run as a worker thread');

port.on('message', (request: AnalysisRequest) => {
  const reply = (response: AnalysisResponse) => port.postMessage(response);
  try {
    const analysis = analyzeText(request.text, request.reference, (step) => reply({ id: request.id, step }), request.authors);
    reply({ id: request.id, suggestions: toSuggestions(request.text, analysis, request.registry, request.reference) });
  } catch (error) {
    reply({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
