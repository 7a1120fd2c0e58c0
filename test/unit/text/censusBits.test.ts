import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { listBitsUse } from '../../../server/src/engine/text/tokens';

// Every word list the engine asks of each token gets a bit of its own on the word forms, and there
// are 30. A list made once they ran out is tested at every token of every text instead: in round 11
// that made the first index of 10,000 documents 36% slower with the same output, which no output
// test can see. The lists made as the engine first runs (pattern anchors, word scans, gazetteers)
// count too, so the seeds are analysed first.

const seeds = join(__dirname, '../../../seeds');

describe('the word lists the engine tests at every token', () => {
  it('each have a census bit of their own once the engine has analysed texts', () => {
    for (const name of readdirSync(seeds)) analyse(readFileSync(join(seeds, name), 'utf8'));
    const { asked, available } = listBitsUse();
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThanOrEqual(available);
  });
});
