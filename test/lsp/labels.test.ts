import { describe, expect, it } from 'vitest';
import { claimSentence } from '../../server/src/lsp/claimSentences';
import { attributeLabel, claimValueLabel, entityValueLabel, formatDate } from '../../server/src/lsp/labels';
import { escapeMarkdown, openLocationUri } from '../../server/src/lsp/markdown';
import { shortFileName } from '../../server/src/lsp/uris';

describe('values in a researcher’s words', () => {
  it('writes dates at the precision the text gave', () => {
    expect(formatDate('2010-10-29')).toBe('29 October 2010');
    expect(formatDate('2010-11')).toBe('November 2010');
    expect(formatDate('2010')).toBe('2010');
    expect(formatDate('--12-03')).toBe('3 December');
    expect(formatDate('2012/2013', 'financial-year')).toBe('2012/13');
  });

  it('writes numbers with their qualifier and unit', () => {
    expect(entityValueLabel({ kind: 'percentage', value: 60, qualifier: 'over' })).toBe('more than 60%');
    expect(entityValueLabel({ kind: 'money', amount: 10_000_000, currency: 'GBP' })).toBe('£10 million');
    expect(entityValueLabel({ kind: 'money', amount: 1_500_000_000, currency: 'GBP' })).toBe('£1.5 billion');
    expect(entityValueLabel({ kind: 'quantity', value: 1000, noun: 'healthcare co-ops', qualifier: 'around' })).toBe('about 1,000 healthcare co-ops');
    expect(claimValueLabel({ kind: 'number', value: 49.9, unit: '%', low: 49.85, high: 49.95 })).toBe('49.9%');
  });

  it('writes a denied or hedged category so the negation cannot be missed', () => {
    expect(claimValueLabel({ kind: 'category', category: 'employee-owned co-operative', polarity: 'deny' })).toBe('NOT employee-owned co-operative');
    expect(claimValueLabel({ kind: 'category', category: 'mutual', polarity: 'deny', hedged: true })).toBe('not strictly mutual');
  });

  it('turns a claim into a sentence about its subject', () => {
    expect(claimSentence('Circle', 'category', { kind: 'category', category: 'employee-owned co-operative', polarity: 'deny' })).toBe(
      'Circle is NOT an employee-owned co-operative',
    );
    expect(claimSentence('Circle', 'category', { kind: 'category', category: 'employee-owned', polarity: 'affirm' })).toBe('Circle is employee-owned');
    expect(claimSentence('Circle', 'owned-share:employees', { kind: 'number', value: 49.9, unit: '%' })).toBe(
      'the share of Circle owned by employees is 49.9%',
    );
    expect(claimSentence('Circle', 'count:staff', { kind: 'number', value: 770, unit: 'staff' })).toBe('the number of staff for Circle is 770 staff');
    expect(claimSentence('these deaths', 'share:are attributable to lifestyle factor', { kind: 'number', value: 80, unit: '%', qualifier: 'around' })).toBe(
      'the share of these deaths that are attributable to lifestyle factor is about 80%',
    );
    expect(claimSentence('people living in the capital', 'share:having a common mental health problem', { kind: 'number', value: 18, unit: '%' })).toBe(
      'the share of people living in the capital having a common mental health problem is 18%',
    );
    expect(claimSentence('Circle', 'category', { kind: 'category', category: 'social-enterprise', polarity: 'affirm' })).toBe('Circle is a social enterprise');
    expect(claimSentence('Circle', 'category', { kind: 'category', category: 'investor-majority-owned', polarity: 'affirm' })).toBe(
      'Circle is majority-owned by outside investors',
    );
    expect(claimSentence('Circle', 'owned-share:org:circle-partnership-ltd', { kind: 'number', value: 49.9, unit: '%' }, (id) =>
      id === 'org:circle-partnership-ltd' ? 'Circle Partnership Ltd' : undefined,
    )).toBe('the share of Circle owned by Circle Partnership Ltd is 49.9%');
    expect(claimSentence('Andrew Lansley', 'role', { kind: 'role', title: 'Health Secretary' })).toBe('Andrew Lansley is Health Secretary');
    expect(claimSentence('Fund', 'date:announced', { kind: 'date', iso: '2010-11-17', precision: 'day' })).toBe('Fund was announced on 17 November 2010');
  });

  it('names attributes in words', () => {
    expect(attributeLabel('owned-share:employees')).toBe('share owned by employees');
    expect(attributeLabel('count:staff')).toBe('number of staff');
    // counts are keyed by the singular and read in the plural
    expect(attributeLabel('count:client')).toBe('number of clients');
    expect(attributeLabel('count:job-cut')).toBe('number of job cuts');
    expect(attributeLabel('count:job-cut-made')).toBe('number of jobs already cut');
    expect(claimSentence('Harlow Vale', 'count:job-cut-made', { kind: 'number', value: 45, unit: 'job' })).toBe('the number of jobs already cut for Harlow Vale is 45 jobs');
    expect(attributeLabel('date:investment-by:org:harlow-pension-fund')).toBe('completion date of the investment by harlow pension fund');
    expect(claimSentence('Harlow Homes', 'date:investment-by:org:harlow-pension-fund', { kind: 'date', iso: '2018-09-28', precision: 'day' })).toBe("harlow pension fund's investment in Harlow Homes completed on 28 September 2018");
    expect(attributeLabel('date:staff-taken-on')).toBe('date it takes on the transferred staff');
    expect(claimSentence('Harlow Services Ltd', 'date:staff-taken-on', { kind: 'date', iso: '2025-04-01', precision: 'day' })).toBe('Harlow Services Ltd takes on the transferred staff on 1 April 2025');
    expect(attributeLabel('date:began:strike')).toBe('date the strike began');
    expect(claimSentence('Tarn Workers Union', 'date:began:strike', { kind: 'date', iso: '2025-01-20', precision: 'day' })).toBe('the strike involving Tarn Workers Union began on 20 January 2025');
    expect(attributeLabel('date:began:incident')).toBe('date the outage or incident began');
    expect(claimSentence('Tarn Heat Ltd', 'date:began:incident', { kind: 'date', iso: '2026-02-08', precision: 'day' })).toBe('the outage or incident at Tarn Heat Ltd began on 8 February 2026');
    expect(attributeLabel('date:began:contract')).toBe('date its contract began');
    expect(claimSentence('Tarn Leisure', 'date:began:contract', { kind: 'date', iso: '2019-04-01', precision: 'day' })).toBe("Tarn Leisure's contract began on 1 April 2019");
    expect(attributeLabel('date:handed-over')).toBe('date the hand-over to it takes effect');
    expect(claimSentence('Tarn Parish Council', 'date:handed-over', { kind: 'date', iso: '2026-07-01', precision: 'day' })).toBe('the hand-over to Tarn Parish Council takes effect on 1 July 2026');
    expect(attributeLabel('date:took-over:school meals')).toBe('date it took over school meals');
    // a process's opening or closing day (claims/extractors/processWindows.ts)
    expect(attributeLabel('date:offer-closes')).toBe('date its offer closes');
    expect(attributeLabel('date:consultation-opens')).toBe('date its consultation opens');
    expect(claimSentence('Tarn Community Energy', 'date:offer-closes', { kind: 'date', iso: '2026-07-17', precision: 'day' })).toBe("Tarn Community Energy's offer closes on 17 July 2026");
    expect(attributeLabel('date:stake-bought')).toBe('completion date of its share purchase');
    expect(claimSentence('Harlow Fans Trust', 'date:stake-bought', { kind: 'date', iso: '2025-03-03', precision: 'day' })).toBe("Harlow Fans Trust's purchase of shares completed on 3 March 2025");
    expect(attributeLabel('count:staff taken on')).toBe('number of staff taken on');
    // the generic reading of figures (engine/claims/figures/)
    expect(attributeLabel('count:staff transferring')).toBe('number of staff transferring');
    expect(claimSentence('Harlow Care', 'count:staff transferring', { kind: 'number', value: 300, unit: 'staff' })).toBe('the number of staff transferring for Harlow Care is 300 staff');
    expect(attributeLabel('count:vehicles at the start')).toBe('number of vehicles at the start');
    expect(attributeLabel('count:vehicles')).toBe('number of vehicles');
    expect(attributeLabel('money:price:freehold')).toBe('price paid for the freehold');
    expect(claimSentence('Harlow Pub Society', 'money:price:freehold', { kind: 'number', value: 385000, unit: 'GBP' })).toBe('Harlow Pub Society paid £385,000 for the freehold');
    expect(claimSentence('Harlow Vale', 'count:job-cut', { kind: 'number', value: 240, unit: 'job', qualifier: 'around' })).toBe('the number of job cuts for Harlow Vale is about 240 jobs');
    expect(attributeLabel('category')).toBe('category');
  });

  it('shortens machine-made file names but keeps short ones whole', () => {
    expect(shortFileName('file:///c/000_cde4b1dd08b8758c.txt')).toBe('000_cde….txt');
    expect(shortFileName('file:///c/notes.md')).toBe('notes.md');
  });
});

describe('hover Markdown safety', () => {
  it('escapes document text so it cannot become a link, image, HTML or a table cell break', () => {
    const hostile = '[click](command:workbench.action.terminal.new) ![x](http://e/x.png) <img src=x> a|b';
    const escaped = escapeMarkdown(hostile);
    expect(escaped).not.toMatch(/(^|[^\\])\[/);
    expect(escaped).not.toMatch(/(^|[^\\])\|/);
    expect(escaped).not.toContain('<img');
  });

  it('encodes the location as a JSON argument of our own command', () => {
    const location = { uri: 'file:///seeds/a.txt', range: { start: { line: 1, character: 2 }, end: { line: 1, character: 8 } } };
    const link = openLocationUri(location);
    expect(link.startsWith('command:policyLens.openLocation?')).toBe(true);
    expect(JSON.parse(decodeURIComponent(link.split('?')[1]))).toEqual([location]);
    expect(link).not.toMatch(/[()\s]/);
  });
});
