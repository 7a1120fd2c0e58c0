// Role conflicts: one person given different titles at overlapping times. Wordings of one office
// are one office (offices.json), and a title that only adds words to another ("director" /
// "Managing Director") is the same post described more or less fully. A person may hold posts
// in several organisations at once, so titles are compared only when both are known offices, or
// both name the same organisation.

import type { Claim, SourcedClaim } from '../../types';
import type { ConflictRules } from '../rules';
import type { FoundConflict } from './found';
import { disagreeingClaims } from './pairs';

interface TitleKey {
  known: boolean;
  words: string[];
  organisation?: string;
}

function parseOffice(office: string): TitleKey {
  if (!office.startsWith('title:')) return { known: true, words: [office] };
  const [words, organisation] = office.slice('title:'.length).split('@');
  return { known: false, words: words.split(' ').filter(Boolean), organisation };
}

const contains = (longer: string[], shorter: string[]): boolean => shorter.every((w) => longer.includes(w));

export function rolesDisagree(a: Claim, b: Claim): boolean {
  if (a.value.kind !== 'role' || b.value.kind !== 'role') return false;
  const officeA = a.value.office ?? `title:${a.value.title.toLowerCase()}`;
  const officeB = b.value.office ?? `title:${b.value.title.toLowerCase()}`;
  if (officeA === officeB) return false;
  const ka = parseOffice(officeA);
  const kb = parseOffice(officeB);
  if (ka.known && kb.known) return true;
  if (ka.known !== kb.known) return false;
  if (!ka.organisation || ka.organisation !== kb.organisation) return false;
  return !contains(ka.words, kb.words) && !contains(kb.words, ka.words);
}

export function roleConflicts(claims: readonly SourcedClaim[], rules: ConflictRules): FoundConflict[] {
  const roles = claims.filter((c) => c.claim.value.kind === 'role');
  const involved = disagreeingClaims(roles, roles, rolesDisagree, rules);
  return involved.length ? [{ kind: 'role', claims: involved }] : [];
}
