// A landed estate is a holding, not a body (RULES.md), yet sources state facts about it: how many
// farms it has, who owns it. "X Estate" is a subject as a venue is, and "the estate" after it
// refers back to it. A company named for property ("X Real Estate Ltd") stays the company. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

const subjects = (text: string): Array<[string | undefined, string]> => analyse(text).claims.map((c) => [c.subjectName, c.attribute]);

describe('an estate as the subject of claims', () => {
  it('reads "the estate" as the estate named before', () => {
    expect(subjects('The council approved a plan for the Kelby Moor Estate. The estate has 14 farms and 30 cottages.')).toContainEqual(['Kelby Moor Estate', 'count:farm']);
  });

  it('leaves a property company to the organisation recognisers', () => {
    expect(subjects('Harwick Real Estate Ltd bought the site.').map(([name]) => name)).not.toContain('Harwick Real Estate');
  });
});
