import { parentPort } from 'node:worker_threads';
import { analyseDocument } from '../../engine/corpus/documentAnalysis';
import { decodeUtf8 } from '../../engine/corpus/storedText';
import { analysisReply } from './analysisReply';
import type { AnalyseMessage, ConfigureMessage, FromWorker, ToWorker } from './messages';

// An analysis worker (bundled as dist/analysisWorker.js): analyses the texts the server sends it
// with the engine, exactly as the corpus would (see engine/corpus/documentAnalysis.ts), and sends
// the analyses back as JSON (see messages.ts). A file's text comes as its UTF-8 bytes, checked by
// the server, and is decoded here. It keeps nothing per document.

const configurations = new Map<number, ConfigureMessage>();

function analyse(message: AnalyseMessage): FromWorker {
  const configuration = configurations.get(message.configuration);
  if (!configuration) return { id: message.id, error: `configuration ${message.configuration} never arrived` };
  try {
    const options = { aliases: configuration.aliases, overrides: message.overrides };
    const text = decodeUtf8(message.bytes);
    return analysisReply(message.id, analyseDocument(text, options, configuration.rules), text.length);
  } catch (error) {
    return { id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

parentPort?.on('message', (message: ToWorker) => {
  if (message.kind === 'configure') {
    // Only the newest configuration is ever asked for again.
    configurations.clear();
    configurations.set(message.configuration, message);
    return;
  }
  parentPort!.postMessage(analyse(message));
});
