// Three shapes of name by structure. A body named for two areas whose own name holds "and" too
// ("Harwick and Fenby Fire and Rescue Service") is one name. After "and", a given name whose
// second word is the kind word of a place ("Museum and Art Gallery") is the second half of a
// venue, not a person. On the Lords' record a peer's label is the name alone on its line and the
// party in brackets ("Baroness Tilsey (Lab)"): the abbreviation is the party. Every name is invented.

import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

describe('a body named for two areas with "and" inside its own name', () => {
  it('keeps the whole name, in prose and on a line of its own', () => {
    expect(textsOf('The authority governs Harwick and Fenby Fire and Rescue Service (HFFRS), which has 14 stations.', 'organisation')).toEqual([
      'Harwick and Fenby Fire and Rescue Service',
      'HFFRS',
    ]);
    expect(textsOf('Tarnside and Oldmere Fire and Rescue Service\nHome › Consultation', 'organisation')).toEqual(['Tarnside and Oldmere Fire and Rescue Service']);
  });

  it('leaves two bodies joined by "and" apart', () => {
    expect(textsOf('Kelby Borough Council and Harwick Fire and Rescue Service signed the deal.', 'organisation')).toEqual([
      'Kelby Borough Council',
      'Harwick Fire and Rescue Service',
    ]);
  });
});

describe('a venue of two halves', () => {
  it('takes no person from the half after "and"', () => {
    expect(textsOf('Fenby Museum and Art Gallery reopens on Saturday.', 'person')).toEqual([]);
    expect(textsOf('The Kelby Library and Rose Garden will close in May.', 'person')).toEqual([]);
  });

  it('still reads a person after "and"', () => {
    expect(textsOf('The award went to Harwick Council and Rose Tandy.', 'person')).toEqual(['Rose Tandy']);
  });
});

describe('party abbreviations on a peer’s label', () => {
  it('reads the party after a peer’s name alone on its line', () => {
    const text = 'Control rooms\n\nLord Fennimore (LD)\nTo ask the Government what assessment they have made.\n\nBaroness Tilsey (Lab)\nMy Lords, none yet.\n\nLord Ashgrove of Kelby (Con)\nMy Lords, will she meet them?';
    const parties = entitiesOf(text, 'organisation').map((e) => [e.text, e.canonicalName]);
    expect(parties).toEqual([
      ['LD', 'Liberal Democrats'],
      ['Lab', 'Labour Party'],
      ['Con', 'Conservative Party'],
    ]);
  });

  it('reads no party from brackets in prose', () => {
    expect(textsOf('The report was written by the Harwick Policy Lab (Lab) team and others.', 'organisation')).not.toContain('Lab');
  });
});
