import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

// A comment page whose comments have no details line under the writer, only a line of buttons
// under the text: the writer is the line that opens each block.

const groupThread = `Oakhurst Parents Forum
Members only

Lena Farrow
3 June 2025 at 08:10
The new crossing outside the primary opens on Monday!

Most relevant

jo.marwick
Finally. Took them long enough.
3d · Like · Reply

ravi_at_no12
@jo.marwick my two will still be driven in, it is raining every day
3d · Like · Reply

the_lollipop_man
I will be there at 8 as usual. Slow down on Ferry Lane please.
Second line of the same comment.
20h · Like · Reply
`;

const newsThread = `Wexley Courier › Hospital parking charges to rise

kit_w
Parking at Wexley General is already a scandal.
Reply  |  Report  |  Like (8)

porter_pete
And the staff pay too, it is not just visitors.
Like (12)   Reply
`;

describe('commenters named above a comment closed by a line of buttons', () => {
  it('reads each user name that opens a block ending in "Like · Reply" as a person', () => {
    const people = textsOf(groupThread, 'person');
    expect(people).toContain('jo.marwick');
    expect(people).toContain('ravi_at_no12');
    expect(people).toContain('the_lollipop_man');
  });

  it('reads an "@" mention of such a writer as the whole user name', () => {
    const mentions = entitiesOf(groupThread, 'person').filter((entity) => entity.text === 'jo.marwick');
    expect(mentions).toHaveLength(2);
    expect(new Set(mentions.map((entity) => entity.canonical)).size).toBe(1);
  });

  it('reads writers above buttons in either order ("Reply | Report | Like (8)", "Like (12) Reply")', () => {
    const people = textsOf(newsThread, 'person');
    expect(people).toContain('kit_w');
    expect(people).toContain('porter_pete');
  });

  it('takes no heading, place or body as a writer', () => {
    const people = textsOf(groupThread + newsThread, 'person');
    for (const word of ['Oakhurst Parents Forum', 'Members only', 'Most relevant', 'Ferry Lane', 'Wexley General']) expect(people).not.toContain(word);
  });

  it('reads a block with no text between the name and the buttons as no comment', () => {
    expect(textsOf('Notices\n\nparking_office\nLike (2)   Reply\n', 'person')).not.toContain('parking_office');
  });
});

describe('a listed acronym glued into a user name', () => {
  it('is part of the name, not the body ("nhs_nurse_jo", "gmb_rep_north")', () => {
    const text = `Comments\n\nnhs_nurse_jo\nComment date: 2 May 2026 09:10\nThe nhs pays for this in the end.\nLike (3)   Reply\n\ngmb_rep_north\nComment date: 2 May 2026 10:02\nAsk the gmb.\nLike (1)   Reply\n`;
    expect(textsOf(text, 'person')).toEqual(expect.arrayContaining(['nhs_nurse_jo', 'gmb_rep_north']));
    const bodies = entitiesOf(text, 'organisation').map((entity) => entity.start);
    expect(bodies).toEqual([text.indexOf('nhs pays'), text.indexOf('gmb.')]);
  });
});
