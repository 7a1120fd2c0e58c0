import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

function people(text: string): Array<[string, string | undefined]> {
  return entitiesOf(text, 'person').map((entity) => [entity.text, entity.canonical]);
}

describe('a given name that addresses someone', () => {
  it('is a person when set off by a comma and closing its sentence', () => {
    expect(people('The timetable is a mess. Give the new routes a chance, Moira.').map(([name]) => name)).toEqual(['Moira']);
    expect(people('Thanks, Moira! The routes are better now.').map(([name]) => name)).toEqual(['Moira']);
  });

  it('is no one in a list of capitalised names before it, nor when the sentence goes on', () => {
    expect(people('The line runs to Quenby, Moira.')).toEqual([]);
    expect(people('Buses were late, Moira and all.')).toEqual([]);
  });

  it('is the one commenter whose handle opens with it, in a comment thread', () => {
    const text = [
      'MoiraOnThe9',
      'Comment date 3 May 2021 09:15',
      'The timetable is a mess.',
      '',
      'quenby_dad',
      'Comment date 3 May 2021 10:20',
      'Give the new routes a chance, Moira.',
    ].join('\n');
    const found = people(text);
    expect(found.map(([name]) => name)).toEqual(['MoiraOnThe9', 'quenby_dad', 'Moira']);
    expect(found[2]![1]).toBe(found[0]![1]);
  });
});
