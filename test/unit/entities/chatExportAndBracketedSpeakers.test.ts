// Two page structures that name people by position, not by the shape of the name.
// A chat app's export puts each message on one line after a stamp and the sender: the sender is a
// person however written (lower case, a handle), a phone number is no one, and an acronym after
// the name is the sender's body. A transcript that labels a turn with the speaker's part in
// capitals and their name in brackets ("CALLER (Jan, Ludlow):") names the person in the brackets;
// the part is nobody's name nor a body's acronym. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

describe('chat export senders', () => {
  it('reads senders in lower case and handles, with and without brackets round the stamp', () => {
    const whatsapp = [
      '[02/05/2026, 18:01] rosa fennick: is the pool shut again',
      '[02/05/2026, 18:03] swim_dad_77: yes until June, the boiler again',
      '[02/05/2026, 18:04] +44 7700 900123: who told you that',
      '[02/05/2026, 18:09] rosa fennick: the leisure trust emailed members',
    ].join('\n');
    expect(textsOf(whatsapp, 'person')).toEqual(['rosa fennick', 'swim_dad_77', 'rosa fennick']);
    const android = [
      '11/09/2025, 07:40 - Kofi Brannagh: train cancelled again',
      '11/09/2025, 07:42 - lenka_on_the_line: the 07:55 too, signalling fault',
      '11/09/2025, 07:45 - Kofi Brannagh: third time this week',
    ].join('\n');
    expect(textsOf(android, 'person')).toEqual(['Kofi Brannagh', 'lenka_on_the_line', 'Kofi Brannagh']);
  });

  it('keeps an acronym after a sender’s name apart as the body', () => {
    const text = [
      '[03/02/2026, 12:00] Dana Whitcombe RCN: ballot closes Friday',
      '[03/02/2026, 12:05] pete oyelowo: how many voted so far',
      '[03/02/2026, 12:06] Dana Whitcombe RCN: about half the ward',
    ].join('\n');
    const people = textsOf(text, 'person');
    expect(people).toContain('Dana Whitcombe');
    expect(people).toContain('pete oyelowo');
    expect(people.some((p) => p.includes('RCN'))).toBe(false);
  });

  it('reads no sender from lines that only look alike', () => {
    const minutes = [
      '[12/03/2026, 10:00] Item 4: the budget was agreed.',
      '[12/03/2026, 10:30] Apologies: none received.',
    ].join('\n');
    expect(textsOf(minutes, 'person')).toEqual([]);
    const log = '09:12 - Note: pumps checked.\n09:40 - Update: pumps restarted.';
    expect(textsOf(log, 'person')).toEqual([]);
  });
});

describe('speakers named in brackets after their part', () => {
  it('reads a phone-in’s callers by the name in brackets, and again where the host names them', () => {
    const text = [
      'The Drivetime Hour – transcript',
      '',
      'HOST: The lines are open on the bus cuts.',
      'CALLER (Priyesh, Halesworth): My route goes in June.',
      'HOST: Thank you, Priyesh. Next.',
      'CALLER (Morwenna, Saxby): Mine went last year.',
    ].join('\n');
    expect(textsOf(text, 'person')).toEqual(['Priyesh', 'Priyesh', 'Morwenna']);
    expect(entitiesOf(text, 'organisation').map((e) => e.text)).not.toContain('CALLER');
  });

  it('reads a hearing’s witness label with a full name', () => {
    const text = 'WITNESS (Ingrid Salcombe): The gate was locked at six.\nCHAIR: Thank you.\nWITNESS (Ingrid Salcombe): Every evening.';
    expect(textsOf(text, 'person')).toEqual(['Ingrid Salcombe', 'Ingrid Salcombe']);
  });

  it('reads nothing from brackets that hold no name or stand in prose', () => {
    expect(textsOf('NOTE (see above): figures are provisional.\nNOTE (draft): unchanged.', 'person')).toEqual([]);
    expect(textsOf('The panel heard from a caller (Halesworth): she was unhappy.', 'person')).toEqual([]);
  });
});
