// How a claim's value reads: a stable key for fingerprints and a label for researchers.

import type { ClaimValue, Qualifier } from '../../types';
import { DEFAULT_CONFLICT_RULES, type ConflictRules } from '../rules';

const trim = (n: number): string => String(Number(n.toPrecision(12)));

/** Independent of where the claim is and of how it was worded; equal values give equal keys. */
export function valueKey(value: ClaimValue): string {
  switch (value.kind) {
    case 'category':
      return `${value.polarity === 'deny' ? '-' : '+'}${value.category}${value.hedged ? '?' : ''}`;
    case 'number':
      return `${value.qualifier ?? '='}${trim(value.value)}${value.unit}`;
    case 'role':
      return `role:${value.polarity === 'deny' ? '-' : ''}${value.office ?? value.title.toLowerCase()}`;
    case 'date':
      return `date:${value.iso}`;
  }
}

/** A category's name for readers: "for-profit-private-company" → "private company run for profit", "~hospital" → "hospital". */
export function categoryName(id: string, rules: ConflictRules = DEFAULT_CONFLICT_RULES): string {
  if (id.startsWith('~')) return id.slice(1);
  return rules.categories.find((c) => c.id === id)?.name ?? id;
}

/** How a qualifier reads in a sentence; shared with the editor's labels so both say the same. */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  over: 'more than',
  under: 'less than',
  nearly: 'nearly',
  around: 'about',
  'up to': 'up to',
  'at least': 'at least',
  'at most': 'at most',
};

/** "NOT employee-owned", "more than 550 staff", "49.9%", "Health Secretary", "2010-11-17". */
export function describeValue(value: ClaimValue, rules: ConflictRules = DEFAULT_CONFLICT_RULES): string {
  switch (value.kind) {
    case 'category': {
      const name = categoryName(value.category, rules);
      const hedge = value.hedged ? ' (hedged)' : '';
      return value.polarity === 'deny' ? `NOT ${name}${hedge}` : `${name}${hedge}`;
    }
    case 'number': {
      const figure = value.unit === '%' ? `${trim(value.value)}%` : `${trim(value.value)} ${value.unit}`;
      return value.qualifier ? `${QUALIFIER_WORDS[value.qualifier]} ${figure}` : figure;
    }
    case 'role':
      return value.polarity === 'deny' ? `NOT ${value.title}` : value.title;
    case 'date':
      return value.iso;
  }
}
