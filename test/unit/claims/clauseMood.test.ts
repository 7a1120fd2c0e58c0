// One reading of a clause's mood for every claim reading (claims/clauseMood.ts): a clause is
// stated as fact, or told under a condition, as possible, as demanded, as intended, as denied or
// as hearsay; each marking word governs its own clause, and a condition the clause it opens. The
// same clause is then read the same way by every claim reading. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { ClauseMoods, Mood } from '../../../server/src/engine/claims/clauseMood';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { splitSentences } from '../../../server/src/engine/claims/sentences';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Mood[] = [Mood.Conditional, Mood.Possible, Mood.Demanded, Mood.Intended, Mood.Denied, Mood.Reported, Mood.Would];
const LETTERS = ['if', 'may', 'must', 'will', 'not', 'said', 'would'];

/** The moods of the clause holding `word` (its first occurrence) in `text`, as words. */
function moodOf(text: string, word: string): string[] {
  const sentences = splitSentences(text);
  const moods = new ClauseMoods(text, (offset) => sentences.find((s) => offset >= s.start && offset < s.end));
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`no '${word}' in '${text}'`);
  const bits = moods.at(at);
  return NAMES.flatMap((mood, i) => ((bits & mood) !== 0 ? [LETTERS[i]!] : []));
}

describe('the mood of a clause', () => {
  it('reads a plain statement as fact, on any topic', () => {
    for (const [text, word] of [
      ['Fenwick Academy Trust closed two schools in 2023.', 'two'],
      ['Harlow Vale Hospital treated 4,100 patients last winter.', '4,100'],
      ['The housing association built 320 homes, the council said.', '320'],
      ['Carrow Energy paid a dividend of £2m.', '£2m'],
    ]) expect(moodOf(text!, word!), text).toEqual([]);
  });

  it('marks the clause a condition opens, not the clause it governs', () => {
    expect(moodOf('If the council agrees, Fenwick Academy Trust will take on 40 teachers.', 'agrees')).toEqual(['if']);
    expect(moodOf('If the council agrees, Fenwick Academy Trust will take on 40 teachers.', '40')).toEqual(['will']);
    expect(moodOf('The club will sell the ground unless fans raise £3m.', '£3m')).toEqual(['if', 'will']);
    expect(moodOf('The club sold the ground, unless the buyer pulls out.', 'sold')).toEqual([]);
    expect(moodOf('Trustees asked whether the charity had spent £40,000 on the appeal.', '£40,000')).toEqual(['if']);
    expect(moodOf('Provided that the regulator approves, 200 staff transfer in May.', 'approves')).toEqual(['if']);
    expect(moodOf('The line reopens in June as long as the bridge is repaired.', 'bridge')).toEqual(['if']);
  });

  it('marks the whole clause a modal stands in, before or after the figure', () => {
    expect(moodOf('The university could cut 300 posts.', '300')).toEqual(['may']);
    expect(moodOf('Up to 300 posts might go at the university.', '300')).toEqual(['may']);
    expect(moodOf('The depot may close by spring.', 'depot')).toEqual(['may']);
    expect(moodOf('The trust said the ward would shut, the union claims.', 'ward')).toEqual(['would']);
    expect(moodOf('The hospice should receive £90,000 a year.', '£90,000')).toEqual(['must']);
    expect(moodOf('Ministers were urged to fund 500 more places.', '500')).toEqual(['must']);
    expect(moodOf('The union calls on the board to reinstate 12 drivers.', '12')).toEqual(['must']);
    expect(moodOf('Parents asked the council to keep all 3 libraries open.', '3')).toEqual(['must']);
  });

  it('marks intentions and forecasts, which a reading may count as plans', () => {
    expect(moodOf('Carrow Energy will build 3 wind farms.', '3')).toEqual(['will']);
    expect(moodOf('The college plans to open 2 campuses.', '2')).toEqual(['will']);
    expect(moodOf('The bus company aims to run 40 routes by 2027.', '40')).toEqual(['will']);
    expect(moodOf('The stadium is due to host 12 matches.', '12')).toEqual(['will']);
    expect(moodOf('The trust is set to merge with its neighbour.', 'merge')).toEqual(['will']);
  });

  it('marks denials, with contractions and "no longer"', () => {
    expect(moodOf('The school did not close 3 classrooms.', '3')).toEqual(['not']);
    expect(moodOf('The hospital never owned the car park.', 'car')).toEqual(['not']);
    expect(moodOf("The museum doesn't charge for entry.", 'entry')).toEqual(['not']);
    expect(moodOf('The council no longer runs 6 care homes.', '6')).toEqual(['not']);
    expect(moodOf("The club won't sell 20% of its shares.", '20%')).toEqual(['will', 'not']);
    expect(moodOf('The court cannot hear 40 cases a week.', '40')).toEqual(['not']);
  });

  it('marks hearsay', () => {
    expect(moodOf('The charity allegedly spent £1m on consultants.', '£1m')).toEqual(['said']);
    expect(moodOf('The club is reportedly selling 3 players.', '3')).toEqual(['said']);
  });

  it('ends a clause at punctuation and at a contrasting conjunction', () => {
    expect(moodOf('The hospital did not close 3 wards, but it shut 2 clinics.', '2')).toEqual([]);
    expect(moodOf('The hospital did not close 3 wards but shut 2 clinics.', '2')).toEqual([]);
    expect(moodOf('The council, which could face a fine, cut 40 posts.', '40')).toEqual([]);
    expect(moodOf('The trust may merge; it employs 900 staff.', '900')).toEqual([]);
    expect(moodOf('Fenwick Academy Trust (which might expand) runs 12 schools.', '12')).toEqual([]);
  });

  it('opens a clause at "and" right before the modal, or before a pronoun and the modal', () => {
    expect(moodOf('The school cut 40 posts and could cut 20 more.', '40')).toEqual([]);
    expect(moodOf('The school cut 40 posts and could cut 20 more.', '20')).toEqual(['may']);
    expect(moodOf('The charity paid £4m and it will pay £1m more.', '£4m')).toEqual([]);
    expect(moodOf('The charity paid £4m and it will pay £1m more.', '£1m')).toEqual(['will']);
    // through the rest of the verb group: "and could not", "and has never"
    expect(moodOf('The hospice faced a deficit of £1.8m and could not keep spending reserves.', '£1.8m')).toEqual([]);
    expect(moodOf('The hospice faced a deficit of £1.8m and could not keep spending reserves.', 'reserves')).toEqual(['may', 'not']);
    expect(moodOf('The port paid £6m in fees and has never paid a dividend.', '£6m')).toEqual([]);
    // a personal pronoun before the verb group is its own clause's subject
    expect(moodOf('The college spent £2m of reserves it no longer holds.', '£2m')).toEqual([]);
    expect(moodOf('The college spent £2m of reserves it no longer holds.', 'holds')).toEqual(['not']);
    expect(moodOf('The trust said it could cut 40 jobs.', '40')).toEqual(['may']);
    // "and" between two subjects leaves the modal over both
    expect(moodOf('40 nurses and 20 porters could transfer.', '40')).toEqual(['may']);
  });

  it('does not mistake look-alikes for mood words', () => {
    expect(moodOf('The university lost 300 staff in May 2024.', '300')).toEqual([]);
    expect(moodOf('Will Hartley chairs the trust, which runs 9 schools.', '9')).toEqual([]);
    expect(moodOf('Hundreds, if not thousands, of fans attended 3 matches.', '3')).toEqual([]);
    expect(moodOf('The appeal drew hundreds of donors, if any turned up.', 'hundreds')).toEqual([]);
    expect(moodOf('Not only did the trust pay £4m, it also paid £1m.', '£4m')).toEqual([]);
    expect(moodOf('Councillors asked about the £4.5m loan the council made to the club.', '£4.5m')).toEqual([]);
    expect(moodOf('The school closed due to falling rolls.', 'closed')).toEqual([]);
    expect(moodOf('The plans include 200 homes.', '200')).toEqual([]);
    expect(moodOf('The centre can take 40 patients.', '40')).toEqual([]);
    expect(moodOf("The trust's 1,200 staff moved to the new site.", '1,200')).toEqual([]);
  });
});

// The same clause, read by several readings: stated, each reading claims; under a condition, made
// possible or demanded, none does.
const BODIES: Names = {
  'Corran Rail': 'org:corran-rail',
  'Office of Rail Standards': 'org:rail-standards',
  'Tollbridge Homes': 'org:tollbridge-homes',
  'Orrin Bank': 'org:orrin-bank',
  'Brackwater Foods': 'org:brackwater-foods',
  'Kestle Trading': 'org:kestle-trading',
};
const FACTS: Array<[string, string]> = [
  ['The Office of Rail Standards fined Corran Rail £5,000.', 'action-from:'],
  ['Orrin Bank lent Tollbridge Homes £12 million.', 'loan-from:'],
  ['Brackwater Foods cut 240 posts.', 'count:job-cut'],
  ['Kestle Trading paid a dividend.', 'dividend'],
];
const claimed = (text: string, attribute: string): boolean =>
  extractClaims(text, tagEntities(text, BODIES)).some((c) => c.attribute.startsWith(attribute) && (c.value.kind !== 'category' || c.value.polarity === 'affirm'));

describe('one mood for every reading', () => {
  it('each reading claims the plain statement', () => {
    for (const [text, attribute] of FACTS) expect(claimed(text, attribute), text).toBe(true);
  });

  it('no reading claims it under a condition, as a possibility or as a demand', () => {
    const unreal = (fact: string): string[] => {
      const clause = fact.replace(/\.$/, '');
      const lower = clause[0]!.toLowerCase() + clause.slice(1);
      const [subject, ...rest] = splitSubject(clause);
      return [
        `If ${lower.startsWith('the ') ? lower : clause}, the deal would close.`,
        `${subject} could ${rest.join(' ')}.`,
        `${subject} might ${rest.join(' ')}.`,
        `${subject} should ${rest.join(' ')}.`,
        `Whether ${lower.startsWith('the ') ? lower : clause} is unclear.`,
      ];
    };
    for (const [fact, attribute] of FACTS) for (const text of unreal(fact)) expect(claimed(text, attribute), text).toBe(false);
  });

  it('a condition in one clause leaves the stated clause beside it a fact', () => {
    for (const [fact, attribute] of FACTS) {
      const text = `${fact.replace(/\.$/, '')}, whatever happens if the market falls.`;
      expect(claimed(text, attribute), text).toBe(true);
    }
  });
});

/** "Orrin Bank lent …" → ["Orrin Bank", "lend …"]: the subject, and the verb phrase in its base form after a modal. */
function splitSubject(clause: string): string[] {
  const verbs: Record<string, string> = { fined: 'fine', lent: 'lend', cut: 'cut', paid: 'pay' };
  const words = clause.split(' ');
  const at = words.findIndex((w) => w in verbs);
  return [words.slice(0, at).join(' '), verbs[words[at]!]!, ...words.slice(at + 1)];
}
