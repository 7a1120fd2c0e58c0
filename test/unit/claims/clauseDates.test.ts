// A date after a figure dates it only in the figure's own clause. A date after a semicolon, or
// in a clause joined by ", and"/", but" that gives a figure of its own, is that clause's: "The
// council has paid X £4m, and expects to pay £1m more in 2026" does not date the £4m to 2026, so
// the £4m never meets a 2026 payment. A date in the figure's own clause, or shared by a list of
// figures with no clause between, still dates it. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

const HEADER = 'Published 3 March 2025\n\n';
const times = (text: string, attribute: string): Array<[number, string | undefined]> =>
  analyse(HEADER + text)
    .claims.filter((c) => c.attribute.startsWith(attribute))
    .map((c) => [c.value.kind === 'number' ? c.value.value : NaN, c.time]);

describe('a date in a clause after the figure', () => {
  it('does not date a figure of an earlier clause', () => {
    expect(times('The council has paid Pendle Vale Leisure Ltd £4m, and expects to pay £1m more in 2026.', 'money:paid-by')[0]).toEqual([4_000_000, '2025-03-03']);
    expect(times('The council paid Pendle Vale Leisure Ltd £4m last year; the company expects to make a profit in 2026.', 'money:paid-by')).toEqual([[4_000_000, '2025-03-03']]);
    expect(times('Corbin Borough Council had 300 staff last year, but expects to have 240 staff in 2026.', 'count:staff')[0]).toEqual([300, '2025-03-03']);
  });

  it('still dates a figure in its own clause, or a list of figures that shares it', () => {
    expect(times('The council paid Pendle Vale Leisure Ltd £4m in 2024, and it expects a profit.', 'money:paid-by')).toEqual([[4_000_000, '2024']]);
    expect(times('Corbin Borough Council had 300 staff and 40 volunteers in 2024.', 'count:staff')).toEqual([[300, '2024']]);
  });
});
