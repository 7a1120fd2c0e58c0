// A holding that has ended says nothing of who owns the body now, whether its bound follows the
// owner ("wholly owned by Y until 2019") or opens the sentence ("Until 2019, X was wholly owned
// by Y", "From 2004 until 2019 X was owned by Y"). So a later sale, or the body's staff owning
// it now, does not contradict it. A holding with no bound, or one that began ("Since 2019"),
// still holds. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

const ownership = (text: string): string[] =>
  analyse(text)
    .claims.filter((c) => c.attribute.startsWith('owned-share') || c.attribute === 'ownership' || c.attribute === 'category')
    .map((c) => c.attribute);

describe('a holding whose end opens the sentence', () => {
  it('says nothing of who owns the body now', () => {
    for (const text of [
      'Until 2019, Fellgate Homes was wholly owned by Ambridge Borough Council.',
      'Until 2019 Fellgate Homes was owned by Ambridge Borough Council.',
      'From 2004 until 2019 Fellgate Homes was owned by Ambridge Borough Council.',
      'Fellgate Homes was wholly owned by Ambridge Borough Council until 2019.',
    ])
      expect(ownership(text), text).toEqual([]);
  });

  it('leaves a holding with no end, or one that began, as held', () => {
    expect(ownership('Fellgate Homes is wholly owned by Ambridge Borough Council.')).toContain('owned-share:org:ambridge-borough-council');
    expect(ownership('Since 2019, Fellgate Homes has been wholly owned by Ambridge Borough Council.')).toContain('owned-share:org:ambridge-borough-council');
  });
});
