import { describe, expect, it } from 'vitest';
import { isLetterUnit } from '../../../server/src/engine/text/charClass';

describe('letters by code unit', () => {
  it('agree with the Unicode letter property for every UTF-16 code unit, lone surrogates being none', () => {
    const disagreements: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isLetterUnit(code) !== /\p{L}/u.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });

  it('count letters of any script but not marks, digits or apostrophes', () => {
    expect(['a', 'Z', 'é', 'Ж', 'ا'].map((c) => isLetterUnit(c.charCodeAt(0)))).toEqual([true, true, true, true, true]);
    expect(['\u0301', '7', "'", '’', ' '].map((c) => isLetterUnit(c.charCodeAt(0)))).toEqual([false, false, false, false, false]);
  });
});
