import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

function organisations(text: string): Array<[string, string | undefined]> {
  return entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
}

describe('well-known bodies of the reference data', () => {
  it('knows the devolved governments and legislatures', () => {
    expect(organisations('The airport was bought by the Welsh Government in 2013.')).toEqual([['Welsh Government', 'org:welsh-government']]);
    expect(organisations('The Scottish Executive, now the Scottish Government, agreed.')).toEqual([
      ['Scottish Executive', 'org:scottish-government'],
      ['Scottish Government', 'org:scottish-government'],
    ]);
  });

  it('knows the aviation regulator by its acronym and airlines by name, after an emoji too', () => {
    expect(organisations('The CAA will approve it, says the Civil Aviation Authority.')).toEqual([
      ['CAA', 'org:civil-aviation-authority'],
      ['Civil Aviation Authority', 'org:civil-aviation-authority'],
    ]);
    expect(organisations('Flew out twice. 👍 Loganair staff were brilliant.')).toEqual([['Loganair', 'org:loganair']]);
  });

  it('reads a spokesperson for a body as speaking for it, but a portfolio after a party’s spokesperson as a field', () => {
    expect(organisations('A spokesperson for Ryanair declined to comment.')).toEqual([['Ryanair', 'org:ryanair']]);
    expect(organisations('Labour’s spokesperson for Health, Jo Bell, disagreed.').map(([name]) => name)).toEqual(['Labour']);
  });
});

describe('junior ministers’ offices of the reference data', () => {
  it('gives a portfolio title and the formal title of one junior minister the same office', () => {
    const short = entitiesOf('Prisons Minister Ann Tolley said so.', 'role');
    const formal = entitiesOf('The Minister of State for Prisons, Ann Tolley, said so.', 'role');
    expect(short.map((role) => role.role)).toEqual(['office:prisons-minister']);
    expect(formal.map((role) => role.role)).toEqual(['office:prisons-minister']);
  });
});

describe('Crown bodies named with the monarch’s possessive', () => {
  it('keeps “Her Majesty’s” inside the name and gives it the identity of the “HM” form', () => {
    const text = 'Her Majesty’s Fisheries and Harbours Service (HMFHS) will close. HM Fisheries and Harbours Service staff were told.';
    const found = entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
    expect(found[0]).toEqual(['Her Majesty’s Fisheries and Harbours Service', 'org:hm-fisheries-and-harbours-service']);
    expect(new Set(found.map(([, canonical]) => canonical))).toEqual(new Set(['org:hm-fisheries-and-harbours-service']));
  });
});

describe('listed Crown bodies written out under either monarch', () => {
  it('finds a listed “HM” body written with “His Majesty’s” or “Her Majesty’s” whole, as that body', () => {
    const text = 'His Majesty’s Revenue and Customs wrote to the firm. Her Majesty\'s Treasury paid.';
    const found = entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
    expect(found).toEqual([
      ['His Majesty’s Revenue and Customs', 'org:hm-revenue-and-customs'],
      ['Her Majesty\'s Treasury', 'org:hm-treasury'],
    ]);
  });

  it('does not take the monarch’s words that open one body’s name for a short form of it', () => {
    const text = 'His Majesty’s Fisheries and Harbours Service will close. His Majesty’s Treasury paid for it.';
    const found = entitiesOf(text, 'organisation').map((entity) => entity.text);
    expect(found).not.toContain('His Majesty');
  });
});

describe('services that carry a body’s name', () => {
  it('tags the NHS in the name of its telephone service, and not the service or its number', () => {
    for (const text of ['Ringing NHS 111 at 2am is not a plan.', 'Patients were told to call NHS 111 instead.', 'NHS 111 took 4,000 calls.']) {
      const entities = entitiesOf(text, 'organisation');
      expect(entities.map((entity) => [entity.text, entity.canonical])).toEqual([['NHS', 'org:nhs']]);
      expect(textsOf(text, 'quantity')).not.toContain('111');
    }
  });
});

describe('financial and policing bodies of the reference data', () => {
  it('reads the Financial Services Compensation Scheme as a body, whole, though its name ends in "Scheme"', () => {
    expect(organisations('Savers are protected by the Financial Services Compensation Scheme (FSCS) up to £85,000.')).toEqual([
      ['Financial Services Compensation Scheme', 'org:financial-services-compensation-scheme'],
      ['FSCS', 'org:financial-services-compensation-scheme'],
    ]);
    expect(organisations('The Financial Services Compensation Scheme paid out £1.2m to the members of a failed building society.')).toEqual([
      ['Financial Services Compensation Scheme', 'org:financial-services-compensation-scheme'],
    ]);
  });

  it('knows the prudential, pensions and conduct regulators by name and acronym', () => {
    expect(organisations('The PRA told the mutual to merge; the Prudential Regulation Authority declined to comment.').map(([, id]) => id)).toEqual([
      'org:prudential-regulation-authority',
      'org:prudential-regulation-authority',
    ]);
    expect(organisations('The scheme was referred to The Pensions Regulator and later the Pension Protection Fund.').map(([, id]) => id)).toEqual([
      'org:pensions-regulator',
      'org:pension-protection-fund',
    ]);
  });

  it('knows the police complaints body, the staff association and the college', () => {
    expect(organisations('The IOPC will investigate, the Police Federation said, and the College of Policing will review training.').map(([, id]) => id)).toEqual([
      'org:independent-office-for-police-conduct',
      'org:police-federation-of-england-and-wales',
      'org:college-of-policing',
    ]);
  });

  it('reads a body listed with "Foundation" in a reader’s lower case', () => {
    expect(textsOf('Comments\n\nmo_b\nComment date: 2 May 2026 09:10\nask the plunkett foundation, they helped our shop.\nLike (3)   Reply\n', 'organisation')).toContain(
      'plunkett foundation',
    );
  });

  it('knows the electricity distribution network operators, however the sentence opens', () => {
    expect(organisations('Northern Powergrid has to connect each roof first.')).toEqual([['Northern Powergrid', 'org:northern-powergrid']]);
    expect(organisations('The co-op asked UK Power Networks how long it would take.')).toEqual([['UK Power Networks', 'org:uk-power-networks']]);
    expect(organisations('Western Power Distribution, now National Grid Electricity Distribution, agreed.').map(([, id]) => id)).toEqual([
      'org:national-grid-electricity-distribution',
      'org:national-grid-electricity-distribution',
    ]);
    expect(organisations('Customers of Electricity North West lost power.')).toEqual([['Electricity North West', 'org:electricity-north-west']]);
  });

  it('takes no network operator from the words of its name used as words', () => {
    expect(textsOf('The northern power grid needs investment.', 'organisation')).toEqual([]);
  });
});
