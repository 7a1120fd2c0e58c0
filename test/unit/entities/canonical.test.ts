import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

function canonicals(text: string): Array<[string, string | undefined]> {
  return entitiesOf(text, 'organisation').map((o) => [o.text, o.canonical]);
}

describe('canonical resolution', () => {
  it('gives an acronym the identity of the name the text introduces it with', () => {
    const [name, acronym, later] = canonicals('the Wessex Care Consortium (WCC) was formed. WCC bid.');
    expect(name![1]).toBe(acronym![1]);
    expect(later![1]).toBe(name![1]);
  });

  it('resolves an acronym to a name in the document whose initials spell it', () => {
    const [name, acronym] = canonicals('The National Coalition for Independent Action spoke. NCIA has begun.');
    expect(acronym![1]).toBe(name![1]);
  });

  it('spells an acronym from a company name without its legal suffix, wherever the name stands', () => {
    for (const text of [
      'HCS staff were told on Monday. Harwick Civic Services Ltd will employ them from June.',
      'Harwick Civic Services Ltd will employ the porters. HCS is a private company.',
      'The board created Harwick Civic Services Limited last year, and HCS now runs the car parks.',
      'Shares in Harwick Civic Services plc fell. HCS said trading was weak.',
    ]) {
      const found = canonicals(text);
      const acronym = found.find(([surface]) => surface === 'HCS');
      const name = found.find(([surface]) => surface.startsWith('Harwick'));
      expect(acronym?.[1], text).toBe(name?.[1]);
    }
  });

  it('does not read a legal suffix alone as the acronym, nor an acronym of other initials as the company', () => {
    const found = canonicals('Harwick Civic Services Ltd bid. HCSL and HCT did not.');
    const name = found.find(([surface]) => surface.startsWith('Harwick'))![1];
    expect(found.find(([surface]) => surface === 'HCT')?.[1]).not.toBe(name);
  });

  it('gives an acronym the identity of the capitalised words it abbreviates before its brackets, at every use', () => {
    for (const text of [
      'Harwick Civic Services (HCS) is a little different. HCS pays its staff more.',
      'Last year the trust set up Harwick Civic Services (HCS). Since then HCS has grown.',
      'The Harwick Civic Services Ltd (HCS) board met. HCS said little.',
    ]) {
      const ids = canonicals(text).filter(([surface]) => surface === 'HCS').map(([, id]) => id);
      expect(ids.length, text).toBe(2);
      expect(new Set(ids), text).toEqual(new Set(['org:harwick-civic-services']));
    }
  });

  it('keeps an acronym in brackets whose letters the words before do not spell as itself', () => {
    const [[, id]] = canonicals('Councillor Jo Bloggs (SNP) spoke.').filter(([surface]) => surface === 'SNP');
    expect(id).not.toContain('bloggs');
    const [[, other]] = canonicals('Kestle Wood (KFM) said it would bid.').filter(([surface]) => surface === 'KFM');
    expect(other).toBe('org:kfm');
  });

  it('uses reference aliases for well-known bodies', () => {
    expect(canonicals('Co-ops UK and Co-operatives UK met KF and the King’s Fund and the Department for Health.')).toEqual([
      ['Co-ops UK', 'org:co-operatives-uk'],
      ['Co-operatives UK', 'org:co-operatives-uk'],
      ['KF', 'org:kings-fund'],
      ['King’s Fund', 'org:kings-fund'],
      ['Department for Health', 'org:department-of-health'],
    ]);
  });

  it('merges descriptive variants of one brand, and refers back to it by its short form', () => {
    const ids = canonicals('Harrow Health Partnership runs clinics. Harrow Healthcare grew. Staff own part of Harrow.');
    expect(ids.map(([text]) => text)).toEqual(['Harrow Health Partnership', 'Harrow Healthcare', 'Harrow']);
    expect(new Set(ids.map(([, id]) => id)).size).toBe(1);
  });

  it('keeps legal entities with Ltd or plc apart from the brand they belong to', () => {
    const ids = Object.fromEntries(canonicals('Circle Health is owned by Circle Partnership Ltd and Circle International plc; Circle grew.'));
    expect(ids['Circle Health']).toBe(ids.Circle);
    expect(ids['Circle Partnership Ltd']).not.toBe(ids.Circle);
    expect(ids['Circle International plc']).not.toBe(ids.Circle);
    expect(ids['Circle Partnership Ltd']).not.toBe(ids['Circle International plc']);
  });

  it('treats a legal form as the registration of the same body: "X Capital LLP" is "X Capital" is "X"', () => {
    const ids = canonicals('Marlow Capital LLP bought a stake. Marlow Capital said the deal closed, and Marlow will sit on the board.');
    expect(ids.map(([text]) => text)).toEqual(['Marlow Capital LLP', 'Marlow Capital', 'Marlow']);
    expect(new Set(ids.map(([, id]) => id)).size).toBe(1);
  });

  it('refers back to a community interest company by the name in front of its legal form, even before the full name', () => {
    const ids = canonicals('Staff at Fernhill voted. Fernhill Community Interest Company was formed in May; Fernhill now employs 300.');
    expect(ids.map(([text]) => text)).toEqual(['Fernhill', 'Fernhill Community Interest Company', 'Fernhill']);
    expect(new Set(ids.map(([, id]) => id)).size).toBe(1);
  });

  it('keeps a registered vehicle named with a descriptive word apart from the brand, whatever the order', () => {
    const ids = Object.fromEntries(canonicals('Kestrel Partnership Ltd owns half of Kestrel Healthcare. Kestrel Partnership pays staff; Kestrel grew.'));
    expect(ids['Kestrel Partnership']).toBe(ids['Kestrel Partnership Ltd']);
    expect(ids.Kestrel).toBe(ids['Kestrel Healthcare']);
    expect(ids.Kestrel).not.toBe(ids['Kestrel Partnership Ltd']);
  });

  it('derives ids from names alone, so two documents agree without shared state', () => {
    const [a] = entitiesOf('Staff at Harrow Health Partnership agreed.', 'organisation');
    const [b] = entitiesOf('A different text about Harrow Healthcare.', 'organisation');
    expect(a!.canonical).toBe(b!.canonical);
  });

  it('applies alias links given in the options', () => {
    const aliases = [{ surface: 'Brightwater Collective', canonical: 'org:brightwater', canonicalName: 'Brightwater', type: 'organisation' as const }];
    const [org] = entitiesOf('We met the Brightwater Collective today.', 'organisation', { aliases });
    expect(org).toMatchObject({ text: 'Brightwater Collective', canonical: 'org:brightwater', canonicalName: 'Brightwater' });
  });
});
