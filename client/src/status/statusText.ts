// What the status bar item says, from the server's last status and the active document's counts.

import type { StatusParams } from '../../../server/src/protocol';
import { documentLabel } from '../shared/documentLabel';

export interface ActiveDocumentCounts {
  uri: string;
  entities: number;
  mentions: number;
  conflicts: number;
}

export interface StatusPresentation {
  text: string;
  tooltip: string;
}

function count(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

export function presentStatus(
  serverState: 'starting' | 'running' | 'stopped',
  status: StatusParams | undefined,
  active: ActiveDocumentCounts | undefined,
): StatusPresentation {
  if (serverState === 'stopped') {
    return {
      text: '$(error) Policy Lens: stopped',
      tooltip: 'The Policy Lens language server is not running. Run "Policy Lens: Restart Language Server".',
    };
  }
  if (serverState === 'starting' || !status) {
    return { text: '$(sync~spin) Policy Lens: starting', tooltip: 'Starting the Policy Lens language server…' };
  }
  const skipped = status.skipped ?? [];
  const heldBack = status.heldBack ? `\n${count(status.heldBack.files, 'file')} not indexed: the server’s memory is nearly full (see the output).` : '';
  const skippedNote = (skipped.length > 0 ? `\n${count(skipped.length, 'file')} skipped (see the output).` : '') + heldBack;
  const corpus = `Corpus: ${count(status.total, 'document')}, ${count(status.entities, 'entity', 'entities')}, ${count(status.conflicts, 'conflict')}.`;
  if (status.state === 'indexing') {
    return {
      text: `$(sync~spin) Policy Lens: indexing ${status.indexed}/${status.total}`,
      tooltip: `Reading the corpus: ${status.indexed} of ${status.total} documents.${skippedNote}`,
    };
  }
  const click = '\nClick to open the Conflicts view.';
  if (!active) {
    return {
      text: `$(law) Policy Lens: ${count(status.conflicts, 'conflict')}`,
      tooltip: `${corpus}${skippedNote}${click}`,
    };
  }
  const icon = active.conflicts > 0 ? '$(warning)' : '$(law)';
  return {
    text: `${icon} ${count(active.entities, 'entity', 'entities')}, ${count(active.conflicts, 'conflict')}`,
    tooltip:
      `${documentLabel(active.uri)}: ${count(active.entities, 'entity', 'entities')} (${count(active.mentions, 'mention')}), ` +
      `${count(active.conflicts, 'open conflict')}.\n${corpus}${skippedNote}${click}`,
  };
}
