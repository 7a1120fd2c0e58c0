// The TextMate grammars, exercised with a small scanner that follows TextMate's rule for a
// line: the earliest match wins, ties go to the pattern listed first. The regexes use only
// syntax that Oniguruma and JavaScript read alike, so JavaScript can check them here.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Rule {
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  include?: string;
  patterns?: Rule[];
}
interface Grammar {
  scopeName: string;
  injectionSelector?: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

const root = join(__dirname, '..', '..', '..');
const load = (file: string): Grammar => JSON.parse(readFileSync(join(root, 'syntaxes', file), 'utf8'));
const injection = load('policy-injection.tmLanguage.json');
const policyText = load('policy-text.tmLanguage.json');

/** Top-level rules in order, with includes resolved. */
function flatten(grammar: Grammar, rules: Rule[] = grammar.patterns): Rule[] {
  return rules.flatMap((rule) => {
    if (rule.include) return flatten(grammar, [grammar.repository[rule.include.slice(1)]]);
    if (!rule.match && !rule.begin && rule.patterns) return flatten(grammar, rule.patterns);
    return [rule];
  });
}

/** Scans one line and returns [text, scope] for every match. */
function scan(grammar: Grammar, line: string): Array<[string, string]> {
  const rules = flatten(grammar);
  const found: Array<[string, string]> = [];
  let position = 0;
  while (position <= line.length) {
    let best: { index: number; rule: Rule; text: string } | undefined;
    for (const rule of rules) {
      const regex = new RegExp(rule.match ?? rule.begin!, 'gm');
      regex.lastIndex = position;
      const m = regex.exec(line);
      if (m && m[0].length > 0 && (!best || m.index < best.index)) best = { index: m.index, rule, text: m[0] };
    }
    if (!best) break;
    let end = best.index + best.text.length;
    if (best.rule.end) {
      const closing = new RegExp(best.rule.end, 'gm');
      closing.lastIndex = end;
      const m = closing.exec(line);
      end = m ? m.index + m[0].length : line.length;
    }
    found.push([line.slice(best.index, end), best.rule.name ?? '']);
    position = end;
  }
  return found;
}

const kinds = (line: string) => scan(injection, line).map(([text, scope]) => [text, scope.split('.').slice(-2, -1)[0]]);

describe('injection grammar: figures, dates and quoted speech', () => {
  it('is injected into plain text, policy-text and Markdown outside code', () => {
    expect(injection.injectionSelector).toContain('L:text.plain');
    expect(injection.injectionSelector).toContain('L:text.policy');
    expect(injection.injectionSelector).toMatch(/L:text\.html\.markdown -markup\.fenced_code -markup\.inline\.raw/);
  });

  it('colours percentages written with a sign or in words', () => {
    expect(kinds('over 60 per cent of staff and 49.9% of shares')).toEqual([
      ['60 per cent', 'percentage'],
      ['49.9%', 'percentage'],
    ]);
    expect(kinds('a 12\u00a0percent rise')).toEqual([['12\u00a0percent', 'percentage']]);
  });

  it('colours sums of money with their magnitude, in the forms policy texts use', () => {
    expect(kinds('£10million, £1.5 billion, £600m, $2,000 and £8.99p')).toEqual([
      ['£10million', 'money'],
      ['£1.5 billion', 'money'],
      ['£600m', 'money'],
      ['$2,000', 'money'],
      ['£8.99p', 'money'],
    ]);
    expect(kinds('GBP 40 million and 25 pounds')).toEqual([
      ['GBP 40 million', 'money'],
      ['25 pounds', 'money'],
    ]);
  });

  it('colours full dates, months with years, financial years and plain years', () => {
    expect(kinds('On 17 November 2010 and in March 2011')).toEqual([
      ['17 November 2010', 'date'],
      ['March 2011', 'date'],
    ]);
    expect(kinds('the 2012/13 budget, from 2003-2015, and again in 2006.')).toEqual([
      ['2012/13', 'date'],
      ['2003-2015', 'date'],
      ['2006', 'date'],
    ]);
    expect(kinds('published 2010-11-17')).toEqual([['2010-11-17', 'date']]);
  });

  it('does not take counts, large numbers or sums of money for years', () => {
    expect(kinds('770 staff, 500,000 members, 2,010 votes')).toEqual([]);
    expect(kinds('£2010 raised')).toEqual([['£2010', 'money']]);
    expect(kinds('2010% is not a year')).toEqual([['2010%', 'percentage']]);
  });

  it('colours quoted speech in curly and straight quotes, and does not end a single quote at an apostrophe', () => {
    expect(kinds('He said “we own 49.9%” today')).toEqual([['“we own 49.9%”', 'speech']]);
    expect(kinds('She said "it works" twice')).toEqual([['"it works"', 'speech']]);
    expect(kinds('called it ‘the King’s model’ again')).toEqual([['‘the King’s model’', 'speech']]);
    expect(kinds('the King’s Fund said')).toEqual([]);
  });

  it('ends an unclosed quote at the end of its paragraph, not the end of the file', () => {
    const quote = flatten(injection).find((rule) => rule.begin === '“');
    expect(new RegExp(quote!.end!, 'm').test('\n   \n')).toBe(true);
  });
});

describe('policy-text grammar: structure', () => {
  it('marks Markdown-style and numbered section headings', () => {
    expect(scan(policyText, '# Ownership')).toEqual([['# Ownership', 'markup.heading.policy']]);
    expect(scan(policyText, '3.2 Ownership and control')).toEqual([['3.2 Ownership and control', 'markup.heading.policy']]);
    expect(scan(policyText, '3 staff left. Then more did.')).toEqual([]);
  });

  it('marks links without their trailing punctuation', () => {
    expect(scan(policyText, 'See https://example.org/report.pdf.')).toEqual([['https://example.org/report.pdf', 'markup.underline.link.policy']]);
  });

  it('marks citation markers', () => {
    expect(scan(policyText, 'as reported [12]')).toEqual([['[12]', 'constant.other.reference.policy']]);
  });
});
