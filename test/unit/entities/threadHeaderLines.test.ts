import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

// One-line comment headers (threadHeaders.ts): a writer, perhaps the writer replied to, and a time,
// in the many layouts sites use. All names here are invented.

function people(text: string): string[] {
  return entitiesOf(text, 'person').map((entity) => entity.text);
}

const thread = (...lines: string[]): string => lines.join('\n');

describe('a comment thread read from its one-line headers', () => {
  it('takes the writer and the writer replied to from "writer → writer · age" lines', () => {
    const text = thread(
      'pupil_parent_22 · 4 hours ago',
      'The new school run timetable starts on Monday.',
      'Reply · Share › ▲ 3 ▼',
      '',
      'nadia hollings → pupil_parent_22 · 2 hours ago',
      'Same for us, the bus is still late.',
      'Reply · Share › ▲ 1 ▼',
    );
    expect(people(text)).toEqual(['pupil_parent_22', 'nadia hollings', 'pupil_parent_22']);
  });

  it('reads a weekday, a date and a clock time as the time', () => {
    const text = thread(
      'ward7_visitor · Tue 4 Feb 2025, 18:02',
      'Visiting hours have been cut again.',
      '',
      'Osian P · Tue 4 Feb 2025, 18:40',
      'They were cut at the other site too.',
    );
    expect(people(text)).toEqual(['ward7_visitor', 'Osian P']);
  });

  it('reads "Posted by" headers, with the date after "on" or none', () => {
    const text = thread(
      'Posted by sue_b on 3 March 2025 at 10:42',
      'The housing office will not answer the phone.',
      '',
      'Posted by Lorna Featherby on 3 March 2025 at 11:05',
      'Try the tenants panel instead.',
    );
    expect(people(text)).toEqual(['sue_b', 'Lorna Featherby']);
  });

  it('reads "wrote:" and "replied:" headers, with markup around the writer', () => {
    const text = thread(
      'FrankOnThe12 wrote:',
      '> The 12 never runs on time.',
      'It ran on time once in 2019.',
      '',
      '**Margo Tillet** replied:',
      'And the fares went up again.',
    );
    expect(people(text)).toEqual(['FrankOnThe12', 'Margo Tillet']);
  });

  it('reads numbered replies and "u/" user names', () => {
    const numbered = thread('Reply #4 — Kay Pellow, 2 days ago', 'The heat network failed again.', '', 'Reply #5 — rads_off, 1 day ago', 'Ours too.');
    expect(people(numbered)).toEqual(['Kay Pellow', 'rads_off']);
    const reddit = thread('u/pier_watcher · 5h', 'The stand is closed for repairs.', '', 'u/terrace_tom · 3h', 'Since when?');
    expect(people(reddit)).toEqual(['pier_watcher', 'terrace_tom']);
  });

  it('takes the writers of "Posted" details lines and "Quote" footers', () => {
    const text = thread(
      'campus_cleaner',
      'Posted 8 May 2025, 19:14',
      'The university says the contract stays in house.',
      'Reply · Quote · 👍 4',
      '',
      'dr_ifan',
      'Posted 8 May 2025, 19:40',
      'It does, for now.',
      'Reply · Quote · 👍 2',
    );
    expect(people(text)).toEqual(['campus_cleaner', 'dr_ifan']);
  });

  it('names the writer that "@" and a given name address', () => {
    const text = thread(
      'rhona pettigrew · 3 hours ago',
      'The practice lost two GPs this year.',
      '',
      'ward_sister_bev · 1 hour ago',
      '@rhona glad you got seen in the end',
    );
    expect(people(text)).toEqual(['rhona pettigrew', 'ward_sister_bev', 'rhona']);
  });
});

describe('headers whose reply arrow, separator or handle is written differently', () => {
  it('a reply target pasted right after the writer, its arrow an icon', () => {
    const text = thread('lockkeeper_len • 6 hours ago', 'The towpath is shut.', '', 'Bryony Castel lockkeeper_len • 5 hours ago', 'Only past the weir.');
    expect(people(text)).toEqual(['lockkeeper_len', 'Bryony Castel', 'lockkeeper_len']);
  });

  it('a handle with "@" and no separator before its age', () => {
    const text = thread('@tram_fan_88 3 days ago', 'The depot is closing.', '', '@Ivor_Lines 2 days ago', '@tram_fan_88 not until 2027.');
    expect(people(text)).toEqual(['tram_fan_88', 'Ivor_Lines', 'tram_fan_88']);
  });

  it('a name with the writer\'s handle beside it, and "Comment from" headers', () => {
    const handles = thread('Carys Wenlock @caryswen · 2h', 'Ward 9 is closed.', '', 'Rob Mattock @robmatt · 1h', '@caryswen since Friday.');
    expect(people(handles)).toEqual(['Carys Wenlock', 'caryswen', 'Rob Mattock', 'robmatt', 'caryswen']);
    const from = thread('Comment from Elwyn Price | 09/04/2025 14:22', 'The van stops in May.', '', 'Comment from book_lender | 09/04/2025 15:01', 'Volunteers will run it.');
    expect(people(from)).toEqual(['Elwyn Price', 'book_lender']);
  });

  it('a blog\'s "said..." header, and a writer\'s handle written without "@"', () => {
    const text = thread('supply_teacher said...', 'The trust cut two posts.', '5 March 2025 at 21:10', '', 'Wynne Harcourt said...', 'supply_teacher, ours cut three.', '5 March 2025 at 22:45');
    expect(people(text)).toEqual(['supply_teacher', 'Wynne Harcourt', 'supply_teacher']);
  });
});

describe('lines that look like comment headers but are not', () => {
  it('a single byline with a date is no thread', () => {
    expect(people('By Ruth Calloway, Health Reporter · Thursday 19 November 2026\n\nThe trust said it would appeal.')).toEqual(['Ruth Calloway']);
    expect(people('Ruth Calloway · 19 November 2026\n\nThe trust said it would appeal.')).not.toContain('Ruth');
  });

  it("a live page's times and headings name no one", () => {
    const text = thread('16:20 Pool reopening confirmed', 'The council confirmed it.', '', '15:55 Key event · 2 hours ago', 'More soon.', '', 'Updated · 1 hour ago', 'Breaking · 10 minutes ago');
    expect(people(text)).toEqual([]);
  });

  it('Hansard speaker lines and minutes are not read as headers', () => {
    const hansard = thread('Wendy Arkwright (Tolbury North) (Lab):', 'I beg to move.', '', 'The Minister for Schools (Colin Haverley):', 'I thank the hon. Lady.');
    expect(people(hansard)).toEqual(['Wendy Arkwright', 'Colin Haverley']);
    const minutes = thread('Apologies · 3 March 2025', 'None received.', '', 'Actions · 3 March 2025', 'Finance report to be circulated.');
    expect(people(minutes)).toEqual([]);
  });

  it('press release quotations ("said:") are not comment headers', () => {
    const text = thread('A spokesperson said:', '“We will appeal.”', '', 'The chair said:', '“We are disappointed.”');
    expect(people(text)).toEqual([]);
  });
});

describe('lower-case people in a thread, placed by a title', () => {
  const header = (writer: string, body: string): string => `${writer} · 2 hours ago\n${body}\n`;

  it('a full name after a title, or after a title and "is"', () => {
    const text = [header('tenant_tam', 'our MP colin haverley raised it in the house'), header('dee_k', 'the chair is wendy arkwright, not him')].join('\n');
    expect(people(text)).toEqual(['tenant_tam', 'colin haverley', 'dee_k', 'wendy arkwright']);
  });

  it('a surname before "shes the chair", not a noun after "the"', () => {
    const text = [header('tenant_tam', 'ask harrowgate, shes the chair'), header('dee_k', 'he isnt even the boss, hes the finance director')].join('\n');
    expect(people(text)).toEqual(['tenant_tam', 'harrowgate', 'dee_k']);
  });

  it("the surname alone of someone the thread named in full", () => {
    const text = [header('tenant_tam', 'fyi graham pettigrew is the project manager'), header('dee_k', 'thought pettigrew was chair?')].join('\n');
    expect(people(text)).toEqual(['tenant_tam', 'graham pettigrew', 'dee_k', 'pettigrew']);
  });
});

describe('a lower-case surname before a title, in a thread', () => {
  const withHeaders = (body: string): string => `tenant_tam · 2 hours ago\nFirst.\n\ndee_k · 1 hour ago\n${body}`;
  const named = (body: string): string[] => people(withHeaders(body)).filter((name) => name !== 'tenant_tam' && name !== 'dee_k');

  it('is a person when it opens a clause and the title ends its phrase', () => {
    expect(named('spot on. moorcroft is the chair, not the MD')).toEqual(['moorcroft']);
    expect(named('and pilling was the new chair then')).toEqual(['pilling']);
    expect(named('Thanks all. brennan was the site manager at the time')).toEqual(['brennan']);
    expect(named('lowther isnt even the finance director')).toEqual(['lowther']);
  });

  it('is no one after an article, or when the title word goes on into a noun', () => {
    expect(named('the rent is the chief problem here')).toEqual([]);
    expect(named('money is the chief problem')).toEqual([]);
    expect(named('parking is a director decision apparently')).toEqual([]);
    expect(named('this is the chair, apparently')).toEqual([]);
  });

  it('is no one outside a thread', () => {
    expect(people('The report is clear. moorcroft is the chair, not the MD.')).toEqual([]);
  });
});

describe('a writer above a details line, whatever their given name', () => {
  it('is a person written in lower case with an initial, and is the given name that addresses them', () => {
    const text = [
      'eilidh r',
      'Comment date: 15 March 2025 09:02',
      'The ferry timetable changes in May.',
      'Like (3)   Reply',
      '',
      'pier_head_pat',
      'Comment date: 15 March 2025 09:40',
      'fair point Eilidh.',
      'Like (1)   Reply',
    ].join('\n');
    expect(people(text)).toEqual(['eilidh r', 'pier_head_pat', 'Eilidh']);
  });

  it('is no heading: a line of words with a function word is not a writer', () => {
    const text = ['what readers said', 'Comment date: 15 March 2025 09:02', 'Nothing.', '', 'about this page', 'Comment date: 15 March 2025 09:40', 'More.'].join('\n');
    expect(people(text)).toEqual([]);
  });
});
