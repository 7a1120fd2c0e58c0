import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntitiesResult } from '../../server/src/protocol';
import { LspTestClient } from './harness/lspClient';

// A reader's comment may type a body's name in lower case ("age uk calderbrook"); the engine then
// guesses its capitals. The Entities view must name the body as a source writes it, whichever of
// the documents the corpus happens to hold first.

const HELD_OUT = join(__dirname, '..', 'fixtures', 'heldout');
const COMMENTS = 'h05_reader_comments.txt';
const NEWS = 'h04_local_news.txt';

async function nameInEntitiesView(files: readonly [string, string][]): Promise<string | undefined> {
  const workspace = mkdtempSync(join(tmpdir(), 'policy-lens-names-'));
  for (const [from, to] of files) copyFileSync(join(HELD_OUT, from), join(workspace, to));
  const client = await LspTestClient.start({ workspace });
  try {
    const { entities } = await client.request<EntitiesResult>('policyLens/entities', { filter: 'calderbrook' });
    return entities.find((entity) => entity.canonical === 'org:age-uk-calderbrook')?.name;
  } finally {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
}

describe('the name the Entities view gives a body typed in lower case in one source', () => {
  it('is the name as written by a source that capitalises it, with the comments first in the workspace', async () => {
    expect(await nameInEntitiesView([[COMMENTS, 'a-comments.txt'], [NEWS, 'b-news.txt']])).toBe('Age UK Calderbrook');
  }, 60000);

  it('is the same with the comments last', async () => {
    expect(await nameInEntitiesView([[NEWS, 'a-news.txt'], [COMMENTS, 'b-comments.txt']])).toBe('Age UK Calderbrook');
  }, 60000);
});
