import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { overlapProblems } from './spanRules';

// Regressions found by the analyse fuzz property: a number and a name claimed the same words and
// crossed, or one nested where the definitions do not allow it.

function entitiesOf(text: string): string[] {
  return analyse(text).entities.map((entity) => `${entity.type}:${entity.text}`);
}

describe('numbers and names that claim the same words', () => {
  it('lets a count whose noun phrase runs into a name take the whole name', () => {
    const text = 'There are 250 Co-operatives UK members.';
    expect(entitiesOf(text)).toEqual(expect.arrayContaining(['quantity:250 Co-operatives UK', 'organisation:Co-operatives UK']));
    expect(overlapProblems(analyse(text).entities)).toEqual([]);
  });

  it('reads a month after an honorific as part of the date, not as a person', () => {
    expect(entitiesOf('Mr November 2010 was cold.')).toEqual(['date:November 2010']);
  });

  it('leaves a name its words when a date or an amount would cut into it', () => {
    expect(entitiesOf('On 3 December Trust members voted.')).toEqual(['organisation:December Trust']);
    expect(entitiesOf('Costs were £ 3SC today.')).toEqual(['organisation:3SC']);
  });

  it('never lets a year glued to a name count as a date inside the name', () => {
    const text = 'said Ed Mayo2003-2015 yesterday';
    expect(overlapProblems(analyse(text).entities)).toEqual([]);
  });
});
