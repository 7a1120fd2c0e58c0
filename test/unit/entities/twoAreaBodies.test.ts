// Local public bodies that serve two areas are named for both, joined by "and" ("NHS Harwick and
// Fenby Integrated Care Board", "Harwick and Fenby Local Medical Committee"); texts define their
// acronym in brackets, with or without "the", and use it in the possessive. Every name is invented.

import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

function organisations(text: string): Array<[string, string | undefined]> {
  return entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
}

describe('bodies named for two areas', () => {
  it('keeps an NHS body named for two areas whole, with its acronym defined with or without "the"', () => {
    for (const definition of ['(ICB)', '(the ICB)']) {
      const text = `NHS Harwick and Fenby Integrated Care Board ${definition} commissions the service. The ICB’s board met. An ICB spokesperson said the ICB would act.`;
      const found = organisations(text);
      const id = 'org:nhs-harwick-and-fenby-integrated-care-board';
      expect(found[0]).toEqual(['NHS Harwick and Fenby Integrated Care Board', id]);
      expect(found.slice(1)).toEqual([
        ['ICB', id],
        ['ICB', id],
        ['ICB', id],
        ['ICB', id],
      ]);
    }
  });

  it('gives an acronym of the words after the two areas, used without brackets, the body’s identity', () => {
    const text = 'Jo Pell, chair of the Harwick and Fenby Local Medical Committee, spoke. GPs have told the LMC they cannot cover nights, and the LMC’s members agree.';
    const found = organisations(text);
    const id = 'org:harwick-and-fenby-local-medical-committee';
    expect(found).toContainEqual(['Harwick and Fenby Local Medical Committee', id]);
    expect(found.filter(([name]) => name === 'LMC')).toEqual([
      ['LMC', id],
      ['LMC', id],
    ]);
  });

  it('does not give an unrelated acronym a two-area body’s identity', () => {
    const text = 'The Harwick and Fenby Local Medical Committee met. The BMA said nothing.';
    expect(organisations(text)).toContainEqual(['BMA', 'org:british-medical-association']);
  });

  it('reads the two areas as places, not as short forms of another body', () => {
    const text =
      'NHS Harwick and Fenby Integrated Care Board pays Fenby Health Federation. News › Health › Fenby. GP cover for Harwick and Fenby is thin, and a Fenby school closed.';
    expect(textsOf(text, 'organisation')).not.toContain('Fenby');
  });

  it('still reads one body after "and" as a body of its own ("X and Y Ltd" is not an area pair)', () => {
    const text = 'The council hired Kelvale Homes and Fenmoor Care Partnership last year.';
    expect(textsOf(text, 'organisation')).toContain('Kelvale Homes');
  });

  it('reads a text that ends on the "and" between two areas without failing (a fuzz case)', () => {
    expect(textsOf('NHS Harwick and ', 'organisation')).toEqual(['NHS Harwick']);
  });
});
