import { describe, expect, it } from 'vitest';
import { presentStatus } from '../../../client/src/status/statusText';
import type { StatusParams } from '../../../server/src/protocol';
import { DOC_A } from './fakeResponses';

const ready: StatusParams = { state: 'ready', indexed: 5, total: 5, entities: 412, conflicts: 3 };

describe('status bar text', () => {
  it('shows indexing progress while the server reads the corpus', () => {
    const shown = presentStatus('running', { ...ready, state: 'indexing', indexed: 2 }, undefined);
    expect(shown.text).toBe('$(sync~spin) Policy Lens: indexing 2/5');
  });

  it('shows the active document’s entity and conflict counts once ready', () => {
    const shown = presentStatus('running', ready, { uri: DOC_A, entities: 34, mentions: 80, conflicts: 2 });
    expect(shown.text).toBe('$(warning) 34 entities, 2 conflicts');
    expect(shown.tooltip).toContain('000_circle.txt: 34 entities (80 mentions), 2 open conflicts.');
    expect(shown.tooltip).toContain('Corpus: 5 documents, 412 entities, 3 conflicts.');
    expect(shown.tooltip).toContain('Conflicts view');
  });

  it('uses singular words for one', () => {
    expect(presentStatus('running', ready, { uri: DOC_A, entities: 1, mentions: 1, conflicts: 1 }).text).toBe('$(warning) 1 entity, 1 conflict');
    expect(presentStatus('running', ready, { uri: DOC_A, entities: 3, mentions: 3, conflicts: 0 }).text).toBe('$(law) 3 entities, 0 conflicts');
  });

  it('shows the corpus conflict count when no policy document is active', () => {
    expect(presentStatus('running', ready, undefined).text).toBe('$(law) Policy Lens: 3 conflicts');
  });

  it('mentions skipped files, so a too-large or binary file is never dropped silently', () => {
    const shown = presentStatus('running', { ...ready, skipped: [{ uri: 'file:///big.txt', reason: 'larger than 2048 KB' }] }, undefined);
    expect(shown.tooltip).toContain('1 file skipped');
  });

  it('says how many files were left out for want of memory, while indexing and once ready', () => {
    const heldBack = { files: 1200, reason: 'the language server’s memory is nearly at its ceiling' };
    expect(presentStatus('running', { ...ready, heldBack }, undefined).tooltip).toContain('1200 files not indexed: the server’s memory is nearly full');
    expect(presentStatus('running', { ...ready, state: 'indexing', heldBack }, undefined).tooltip).toContain('1200 files not indexed');
    expect(presentStatus('running', ready, undefined).tooltip).not.toContain('not indexed');
  });

  it('says when the server is starting or has stopped', () => {
    expect(presentStatus('starting', undefined, undefined).text).toContain('starting');
    const stopped = presentStatus('stopped', ready, undefined);
    expect(stopped.text).toBe('$(error) Policy Lens: stopped');
    expect(stopped.tooltip).toContain('Restart Language Server');
  });
});
