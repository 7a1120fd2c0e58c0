// Compensation paid is a fact only when told as done: a body that "may pay", "can pay", "agreed to
// pay", "refused to pay" or "was ordered to pay" compensation has not (yet) paid it, and a news
// report or a regulator's warning saying so must not meet the body's own "every household has been
// compensated" as its denial or its confirmation. Every name here is invented.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Ashby Water': 'org:ashby-water', Heatwatch: 'org:heatwatch' };

const paid = (text: string): Array<[string, string]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute === 'compensation' && c.value.kind === 'category')
    .map((c) => [c.subject, c.value.kind === 'category' ? c.value.polarity : '']);

describe('compensation that may, can or is to be paid is not paid', () => {
  it('reads nothing from a possibility, an agreement, a refusal or an order to pay', () => {
    for (const text of [
      'Heatwatch said Ashby Water may pay compensation later.',
      'Ashby Water can pay compensation of up to £50.',
      'Ashby Water has agreed to pay compensation to 300 households.',
      'Ashby Water refused to pay compensation.',
      'Ashby Water was ordered to pay compensation by the court.',
    ]) {
      expect(paid(text), text).toEqual([]);
    }
  });

  it('still reads a payment told as done or denied with an auxiliary', () => {
    expect(paid('Ashby Water has paid compensation to every household.')).toEqual([['org:ashby-water', 'affirm']]);
    expect(paid('Ashby Water did not pay compensation.')).toEqual([['org:ashby-water', 'deny']]);
    expect(paid('Ashby Water pays compensation within a week.')).toEqual([['org:ashby-water', 'affirm']]);
  });

  it('flags no conflict between a possibility in the news and the body’s confirmation (the whole engine)', () => {
    const news = 'Tarnside Gazette, 20 February 2025\n\nAshby Water Ltd has been criticised by Heatwatch. Heatwatch said Ashby Water may pay compensation later.\n';
    const release = 'Ashby Water Ltd press release, 18 February 2025\n\nAshby Water Ltd today confirmed that every affected household has not been compensated yet.\n';
    expect(conflictsAmongSources([
      { doc: 'news.txt', claims: analyse(news).claims },
      { doc: 'release.txt', claims: analyse(release).claims },
    ])).toEqual([]);
  });
});
