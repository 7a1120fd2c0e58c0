// Minutes, a board's record or a committee's transcript open with a heading that names the body
// whose meeting it is, then list who attended with their posts in brackets or after a comma. A
// bare post in that list is the post at the heading's body, however often the minutes go on to
// name another body (the partner in a merger, the council they report to). Every name is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

const officesOf = (text: string, person: string): string[] =>
  analyse(text)
    .claims.filter((c) => c.attribute === 'role' && c.subject === person)
    .map((c) => (c.value.kind === 'role' ? (c.value.office ?? '') : ''));

const OTHER_BODY = 'Fenwick Sixth Form College';
const talk = `The board discussed the merger with ${OTHER_BODY}. ${OTHER_BODY} will take on the staff. ${OTHER_BODY} has agreed the timetable, and ${OTHER_BODY} will hold the assets.`;

describe('bare posts in a meeting’s attendance list', () => {
  it('places them at the body the heading names, not the body the minutes name most', () => {
    const college = `Ruddock Vale College\nGovernance › Board minutes\n\nMINUTES OF THE MEETING OF THE CORPORATION\n\nPresent: Odalys Venner (Chair); Priyam Castle (Vice-Chair)\n\n1. Merger\n${talk}`;
    expect(officesOf(college, 'person:odalys-venner')).toEqual(['office:chair@org:ruddock-vale-college']);
    const trust = `Harrowgate Almshouse Trust\nMinutes of the trustees’ meeting held on 3 May 2024\n\nTrustees present: Ambrose Tey (Chair), Ishbel Crane (Treasurer)\n\n${talk}`;
    expect(officesOf(trust, 'person:ambrose-tey')).toEqual(['office:chair@org:harrowgate-almshouse-trust']);
  });

  it('makes the list’s post meet another source’s post for the same person at that body', () => {
    const minutes = `Ruddock Vale College\nMINUTES OF THE MEETING OF THE CORPORATION BOARD\n\nPresent: Gillian Tarrow (Chair); Priyam Castle\n\n${talk}`;
    const news = 'Ruddock Vale College’s vice-chair of governors, Gillian Tarrow, said the board had listened.';
    const conflicts = conflictsAmongSources([
      { doc: 'minutes', claims: analyse(minutes).claims },
      { doc: 'news', claims: analyse(news).claims },
    ]).filter((c) => c.kind === 'role');
    expect(conflicts).toHaveLength(1);
  });

  it('leaves a list that no meeting’s heading opens to the usual reading', () => {
    const text = `Our volunteers\n\nPresent at the fete: Odalys Venner (Chair)\n\n${talk}`;
    expect(officesOf(text, 'person:odalys-venner')).not.toContain('office:chair@org:ruddock-vale-college');
  });
});
