import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { intervalOf } from '../../../server/src/engine/claims/numbers';
import { DEFAULT_CONFLICT_RULES } from '../../../server/src/engine/claims/rules';
import { conflictsAmongSources } from './conflictsAmong';

// Invented bodies: a university, a hospital trust, a council, a leisure trust, a housing association.
const claimsOf = (text: string) => analyse(text).claims;
const flagged = (a: string, b: string, attribute: string): boolean =>
  conflictsAmongSources([
    { doc: 'a', claims: claimsOf(a) },
    { doc: 'b', claims: claimsOf(b) },
  ]).some((c) => c.attribute === attribute);

describe('"nearly" and "almost" are just below the figure, not anything below it', () => {
  it('allows from the spread of "about" below the figure up to the figure', () => {
    expect(intervalOf(300, '300', 'nearly', DEFAULT_CONFLICT_RULES)).toEqual({ low: 270, high: 300 });
    // "less than" stays a bound
    expect(intervalOf(300, '300', 'under', DEFAULT_CONFLICT_RULES)).toEqual({ low: 0, high: 300 });
  });

  it('flags "a deficit of nearly £27m" against "£18.4m" for the same year', () => {
    expect(
      flagged(
        'The University of Marrowby reported an operating deficit of £18.4 million for 2024/25.',
        'The University of Marrowby ran up a deficit of nearly £27 million in 2024/25.',
        'money:deficit',
      ),
    ).toBe(true);
  });

  it('does not flag "nearly" against a figure just below it, nor "less than" against a small one', () => {
    expect(
      flagged('Kelby Hospitals NHS Trust ran up a deficit of £26.2 million in 2024/25.', 'Kelby Hospitals NHS Trust ran up a deficit of almost £27 million in 2024/25.', 'money:deficit'),
    ).toBe(false);
    expect(
      flagged('Kelby Hospitals NHS Trust ran up a deficit of £18.4 million in 2024/25.', 'Kelby Hospitals NHS Trust ran up a deficit of less than £27 million in 2024/25.', 'money:deficit'),
    ).toBe(false);
  });
});

describe('a deficit run up', () => {
  const deficits = (text: string) => claimsOf(text).filter((c) => c.attribute === 'money:deficit').map((c) => c.subjectName);

  it('reads "X ran up / has run up / has racked up a deficit of £N"', () => {
    expect(deficits('Kelby Hospitals NHS Trust has run up a deficit of £41m this year.')).toEqual(['Kelby Hospitals NHS Trust']);
    expect(deficits('Wenlow District Council has racked up a deficit of £3.2m.')).toEqual(['Wenlow District Council']);
  });

  it('gives "X, which ran up a deficit of £N" to X, even inside another body’s sentence', () => {
    expect(deficits('The University of Marrowby, which ran up a deficit of nearly £27 million in 2024/25, is to be taken over.')).toEqual(['University of Marrowby']);
    expect(deficits('Wenlow District Council said Kelby Leisure Trust, which ran up a deficit of £300,000, would close a pool.')).toEqual(['Kelby Leisure Trust']);
  });

  it('does not read a deficit that could be run up, nor one its chair ran up', () => {
    expect(deficits('Kelby Leisure Trust could run up a deficit of £300,000 next year.')).toEqual([]);
    expect(deficits('Kelby Leisure Trust, whose chair ran up a deficit of £300,000, apologised.')).toEqual([]);
  });
});
