// A hand-made tagger for claim tests: organisations and people from a given list, numbers and
// dates by simple patterns. It keeps the claim tests independent of the entity recognisers.

import type { Entity, Qualifier } from '../../../server/src/engine/types';

export interface Names {
  /** surface form → canonical id ("org:..." or "person:..."). */
  [surface: string]: string;
}

export interface RoleSpec {
  title: string;
  person: string;
  office?: string;
}

const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/^(?:more than|over) $/i, 'over'],
  [/^(?:about|around|approximately|nearly|almost) $/i, 'around'],
  [/^up to $/i, 'up to'],
  [/^(?:less than|under|fewer than) $/i, 'under'],
  [/^at least $/i, 'at least'],
];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const QUALIFIER_RE = '((?:more than|over|about|around|approximately|nearly|almost|up to|less than|under|fewer than|at least) )?';

function qualifierOf(words: string | undefined): Qualifier | undefined {
  if (!words) return undefined;
  return QUALIFIERS.find(([re]) => re.test(words))?.[1];
}

function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

export function tagEntities(text: string, names: Names = {}, roles: RoleSpec[] = []): Entity[] {
  const entities: Entity[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number): boolean => !taken.some(([a, b]) => s < b && a < e);
  // longest names first, so "Acme Trust Ltd" wins over "Acme Trust"
  for (const surface of Object.keys(names).sort((a, b) => b.length - a.length)) {
    const canonical = names[surface];
    for (const start of allIndexes(text, surface)) {
      const end = start + surface.length;
      if (!free(start, end)) continue;
      if (/\w/.test(text[end] ?? '') || /\w/.test(text[start - 1] ?? '')) continue;
      taken.push([start, end]);
      entities.push({
        type: canonical.startsWith('person:') ? 'person' : 'organisation',
        text: surface,
        start,
        end,
        canonical,
        canonicalName: surface,
      });
    }
  }
  for (const role of roles) {
    for (const start of allIndexes(text, role.title)) {
      entities.push({
        type: 'role',
        text: role.title,
        start,
        end: start + role.title.length,
        person: role.person,
        ...(role.office ? { role: role.office } : {}),
      });
    }
  }
  for (const m of text.matchAll(new RegExp(`${QUALIFIER_RE}(\\d+(?:\\.\\d+)?)(%| per cent)`, 'gi'))) {
    const qualifier = qualifierOf(m[1]);
    const coreStart = m.index! + (m[1]?.length ?? 0);
    entities.push({
      type: 'percentage',
      text: m[0],
      start: m.index!,
      end: m.index! + m[0].length,
      ...(m[1] ? { core: { text: m[0].slice(m[1].length), start: coreStart, end: m.index! + m[0].length } } : {}),
      value: { kind: 'percentage', value: Number(m[2]), ...(qualifier ? { qualifier } : {}) },
    });
  }
  const countRe = new RegExp(`${QUALIFIER_RE}(?:all )?(\\d[\\d,]*)((?: [A-Z]{2,5})? (?:staff|employees|members|co-ops|charities|organisations|volunteers|people|families|pupils|offenders|clients))\\b`, 'g');
  for (const m of text.matchAll(countRe)) {
    const qualifier = qualifierOf(m[1]);
    const numberAt = m.index! + m[0].indexOf(m[2]);
    const start = m[1] ? m.index! : numberAt;
    const end = m.index! + m[0].length;
    entities.push({
      type: 'quantity',
      text: text.slice(start, end),
      start,
      end,
      ...(m[1] ? { core: { text: text.slice(numberAt, end), start: numberAt, end } } : {}),
      value: { kind: 'quantity', value: Number(m[2].replace(/,/g, '')), noun: m[3].trim(), ...(qualifier ? { qualifier } : {}) },
    });
  }
  const moneyRe = new RegExp(`${QUALIFIER_RE}£(\\d[\\d,]*(?:\\.\\d+)?)(m|bn| million| billion)?\\b`, 'g');
  for (const m of text.matchAll(moneyRe)) {
    const qualifier = qualifierOf(m[1]);
    const scale = !m[3] ? 1 : /b/.test(m[3]) ? 1e9 : 1e6;
    const coreStart = m.index! + (m[1]?.length ?? 0);
    entities.push({
      type: 'money',
      text: m[0],
      start: m.index!,
      end: m.index! + m[0].length,
      ...(m[1] ? { core: { text: m[0].slice(m[1].length), start: coreStart, end: m.index! + m[0].length } } : {}),
      value: { kind: 'money', amount: Number(m[2].replace(/,/g, '')) * scale, currency: 'GBP', ...(qualifier ? { qualifier } : {}) },
    });
  }
  const dated: Array<[number, number]> = [];
  const pushDate = (start: number, end: number, iso: string, precision: 'day' | 'month' | 'year' | 'day-month' | 'financial-year'): void => {
    if (dated.some(([a, b]) => start < b && a < end)) return;
    dated.push([start, end]);
    entities.push({ type: 'date', text: text.slice(start, end), start, end, value: { kind: 'date', iso, precision } });
  };
  // financial years first ("2013/14"), then dates with a year, then a day and month alone ("12 May")
  for (const m of text.matchAll(/\b((?:19|20)\d{2})\/(\d{2})\b/g)) pushDate(m.index!, m.index! + m[0].length, `${m[1]}/${m[1].slice(0, 2)}${m[2]}`, 'financial-year');
  const monthNames = 'January|February|March|April|May|June|July|August|September|October|November|December';
  const dateRe = new RegExp(`\\b(?:(?:(\\d{1,2}) )?(${monthNames}) )?((?:19|20)\\d{2})\\b`, 'g');
  for (const m of text.matchAll(dateRe)) {
    const month = m[2] ? String(MONTHS.indexOf(m[2].toLowerCase()) + 1).padStart(2, '0') : undefined;
    const iso = month ? (m[1] ? `${m[3]}-${month}-${m[1].padStart(2, '0')}` : `${m[3]}-${month}`) : m[3];
    pushDate(m.index!, m.index! + m[0].length, iso, month ? (m[1] ? 'day' : 'month') : 'year');
  }
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2}) (${monthNames})\\b`, 'g'))) {
    const month = String(MONTHS.indexOf(m[2].toLowerCase()) + 1).padStart(2, '0');
    pushDate(m.index!, m.index! + m[0].length, `--${month}-${m[1].padStart(2, '0')}`, 'day-month');
  }
  return entities.sort((a, b) => a.start - b.start);
}
