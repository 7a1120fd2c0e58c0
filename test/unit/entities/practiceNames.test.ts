// A practice named by a word of its own and the practice word ("Oakfield Surgery", "Harbour Dental
// Practice") is a body: it holds a contract, employs clinicians and is inspected. A health or
// medical centre is one of them in a text that names practices, and a building elsewhere; the
// practice word after a method or a session is no name. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('practices named by their own word and the practice word', () => {
  it('reads "<own words> (kind) Surgery/Practice" as an organisation, a street name in front included', () => {
    expect(textsOf('Patients of Oakfield Surgery can book online.', 'organisation')).toEqual(['Oakfield Surgery']);
    expect(textsOf('Elm Row Medical Practice was rated good.', 'organisation')).toEqual(['Elm Row Medical Practice']);
    expect(textsOf('Fenby Veterinary Surgery and Harbour Dental Practice both closed.', 'organisation')).toEqual(['Fenby Veterinary Surgery', 'Harbour Dental Practice']);
    expect(textsOf('Kelby Family Practice employs six GPs.', 'organisation')).toEqual(['Kelby Family Practice']);
  });

  it('does not read a method, a manner or a session as a practice', () => {
    expect(textsOf('Read our Good Practice Guide. Best Practice matters. The Code of Practice applies.', 'organisation')).toEqual([]);
    expect(textsOf('Keyhole Surgery is now routine. Jo Bell MP holds an Advice Surgery every Friday.', 'organisation')).toEqual([]);
    expect(textsOf('Social Care Practice and Private Practice were the themes.', 'organisation')).toEqual([]);
  });

  it('reads a health or medical centre as a practice in a text that names practices', () => {
    expect(textsOf('Dunmore Health Centre will close and its patients will move to Oakfield Surgery.', 'organisation')).toEqual(['Dunmore Health Centre', 'Oakfield Surgery']);
    expect(textsOf('The contracts for Elm Row Medical Practice and Brantley Medical Centre were sold.', 'organisation')).toEqual(['Elm Row Medical Practice', 'Brantley Medical Centre']);
  });

  it('keeps a health centre a venue where the text names no practice, and a leisure centre always', () => {
    expect(textsOf('We put solar panels on Ravenby Health Centre and on Dunmore Leisure Centre.', 'organisation')).toEqual([]);
    expect(textsOf('Oakfield Surgery staff swim at Dunmore Leisure Centre.', 'organisation')).toEqual(['Oakfield Surgery']);
  });
});

describe('companies named by a trade in the plural of its workers', () => {
  it('reads "<own word> Shipbuilders/Haulage/Solicitors" as an organisation', () => {
    expect(textsOf('Unions welcomed the rescue of Dunlow Shipbuilders on Monday.', 'organisation')).toEqual(['Dunlow Shipbuilders']);
    expect(textsOf('Pennick Haulage won the contract and Tarrow Solicitors acted for the trust.', 'organisation')).toEqual(['Pennick Haulage', 'Tarrow Solicitors']);
  });

  it('does not read a professional standing before the trade as a name', () => {
    expect(textsOf('Auditors: Marsh & Penn LLP, Chartered Accountants, Fenby', 'organisation')).toEqual(['Marsh & Penn LLP']);
  });
});
