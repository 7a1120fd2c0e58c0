import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import type { SourcedClaim } from '../../../server/src/engine/types';

/** The office keys of the role claims in a text, by the person's name. */
function offices(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of analyse(text).claims) if (c.value.kind === 'role') out[c.subjectName ?? c.subject] = c.value.office ?? '';
  return out;
}

function roles(doc: string, text: string): SourcedClaim[] {
  return analyse(text)
    .claims.filter((c) => c.value.kind === 'role')
    .map((claim) => ({ doc, claim }));
}

const kinds = (...docs: SourcedClaim[][]): string[] => detectConflicts(docs.flat()).map((c) => c.kind);

describe('role claims: a post "of" a short form of a body named in full', () => {
  it('keys the post to the body a word of its name stands for', () => {
    const text = 'Harrowgate Bus Company Ltd runs the town’s routes. “We are proud,” said Omar Reyes, managing director of Harrowgate.';
    expect(offices(text)['Omar Reyes']).toBe('office:managing-director@org:harrowgate-bus');
  });

  it('keys the post to the body its initials stand for', () => {
    const text = 'Felmouth Community Land Trust (FCLT) bought the site. Ruth Ames, treasurer of FCLT, said the deal closed.';
    expect(offices(text)['Ruth Ames']).toBe('title:treasurer@org:felmouth-community-land-trust');
  });

  it('takes the body mentioned most when two bodies share the short form', () => {
    const text =
      'Quarrendon Care Homes Ltd runs six homes. Quarrendon Care Homes Ltd employs 300 staff. The Quarrendon Staff Trust owns a share. ' +
      'Kit Bray, finance director of Quarrendon, said so.';
    expect(offices(text)['Kit Bray']).toBe('title:finance director@org:quarrendon-care-homes');
  });

  it('reads a field of work after "of" as part of the post, not as a body', () => {
    const text = 'Harrowgate Bus Company Ltd runs the routes. Ruth Bale, Director of Public Health, said so.';
    expect(offices(text)['Ruth Bale']).toBe('title:director public health');
  });

  it('meets the post given with the body’s possessive in another source', () => {
    const a = roles('release.txt', 'Harrowgate Bus Company Ltd, 3 March 2025. “We are proud,” said Omar Reyes, managing director of Harrowgate.');
    const b = roles('blog.txt', 'Harrowgate Bus Company Ltd was set up in 2019, 10 March 2025. Harrowgate’s chair, Omar Reyes, disagrees.');
    expect(kinds(a, b)).toEqual(['role']);
  });
});

describe('role claims: "its", "their", "the <kind>’s" before a post', () => {
  it('places "Its chair" at the body last named as a sentence’s subject, not at the body it paid', () => {
    const text =
      'The new owner, Ellerby Mill Society, is a community benefit society. It raised £80,000 and paid Dunhill Estates £300,000. ' +
      'The sale completed in May.\n\nIts chair, Rosa Penn, puts it simply: “We own it now.”';
    expect(offices(text)['Rosa Penn']).toBe('office:chair@org:ellerby-mill-society');
  });

  it('places "the hospital’s", "the pub’s" post at the body named with that word', () => {
    expect(offices('Cressing Hospital NHS Trust will close a ward. The ICB disagreed, a spokesperson said. The hospital’s medical director, Dr Amal Rees, said so.')['Amal Rees']).toBe(
      'title:medical director@org:cressing-hospital-nhs-trust',
    );
  });

  it('does not take "the government’s" or "the city’s" for a body that has the word in its name', () => {
    const text = 'The Local Government Association met in May. The government’s chief scientific adviser, Dr Ann Lee, spoke.';
    expect(offices(text)['Ann Lee']).toBe('title:chief scientific adviser');
  });

  it('meets a different post given with "its" in another source', () => {
    const a = roles('news.txt', 'In March 2025 Cressing Hospital NHS Trust closed a ward. Its chief executive, Dr Amal Rees, said so.');
    const b = roles('debate.txt', 'In March 2025 Cressing Hospital NHS Trust closed a ward. The ICB disagreed. The hospital’s medical director, Dr Amal Rees, said so.');
    expect(kinds(a, b)).toEqual(['role']);
  });

  it('finds no conflict when the two posts are at two bodies', () => {
    const a = roles('news.txt', 'In March 2025 Cressing Hospital NHS Trust closed a ward. Its chief executive, Dr Amal Rees, said so.');
    const b = roles('blog.txt', 'In March 2025 Holmfield Hospice Trust opened a ward. The trust’s chair, Dr Amal Rees, said so.');
    expect(kinds(a, b)).toEqual([]);
  });
});

describe('role claims: lists of those present', () => {
  it('reads "Name, Post, Body" with the body untagged, and meets "post of the Body" elsewhere', () => {
    const minutes = roles('minutes.txt', 'Minutes, 20 January 2026\nIn attendance: Peter Ansell, Chair, Friends of Hollin Wood\n\n1. Apologies');
    const faq = roles('faq.txt', 'FAQ, 12 January 2026\n“It matters,” said Peter Ansell, treasurer of the Friends of Hollin Wood.');
    expect(minutes.map((c) => c.claim.value.kind === 'role' && c.claim.value.office)).toEqual(['office:chair@org:friends-of-hollin-wood']);
    expect(faq.map((c) => c.claim.value.kind === 'role' && c.claim.value.office)).toEqual(['title:treasurer@org:friends-of-hollin-wood']);
    expect(kinds(minutes, faq)).toEqual(['role']);
  });

  it('finds no conflict between a chair and a trustee of the same body', () => {
    const minutes = roles('minutes.txt', 'Minutes, 20 January 2026\nIn attendance: Peter Ansell, Chair, Friends of Hollin Wood\n\n1. Apologies');
    const faq = roles('faq.txt', 'FAQ, 12 January 2026\n“It matters,” said Peter Ansell, a trustee of the Friends of Hollin Wood.');
    expect(kinds(minutes, faq)).toEqual([]);
  });

  it('reads an address or signature block, a line each: name, post, body', () => {
    const letter = 'Ofwat\n\nMr Ivo Grant\nManaging Director\nFellside Water Services Ltd\nMill Lane\n\nDear Mr Grant,\nWe write about the outage.';
    expect(offices(letter)['Ivo Grant']).toBe('office:managing-director@org:fellside-water-services');
    const signed = 'We will reply by May.\n\nYours sincerely\n\nDr Anna Webb\nChief Executive\nHolmcroft Care Trust\n';
    expect(offices(signed)['Anna Webb']).toBe('office:chief-executive@org:holmcroft-care-trust');
  });

  it('does not take a body two lines below, or one in running text after the post, for the post’s', () => {
    const text = 'Mr Ivo Grant\nManaging Director\n\nFellside Water Services Ltd has written to us.';
    expect(offices(text)['Ivo Grant'] ?? '').not.toContain('fellside');
  });

  it('places a bare post in a list at the body a text is plainly about, and meets another post there', () => {
    const offer =
      'Ellerby Mill Society, share offer, May 2025. Ellerby Mill Society is a community benefit society. ' +
      'Ellerby Mill Society is run by a board elected by the members: Rosa Penn (Chair), Ian Moss (Secretary) and two others.';
    expect(offices(offer)['Rosa Penn']).toBe('office:chair@org:ellerby-mill-society');
    const news = roles('news.txt', 'In May 2025 Ian Moss, treasurer of Ellerby Mill Society, said the offer had closed.');
    expect(kinds(roles('offer.txt', offer), news)).toEqual(['role']);
  });

  it('leaves a bare post as written when its sentence names another body, or it is a byline', () => {
    const text =
      'Ellerby Mill Society bought the mill. Ellerby Mill Society is a community benefit society. Ellerby Mill Society has 400 members.\n' +
      'Present: Rosa Penn (Chair), Dunhill Estates Ltd; Ian Moss, local democracy reporter\n';
    const keys = offices(text);
    expect(keys['Rosa Penn'] ?? '').not.toContain('ellerby');
    expect(keys['Ian Moss'] ?? '').not.toContain('ellerby');
  });
});

