// Role conflicts: one person given different titles at overlapping times. Wordings of one office
// are one office (offices.json), and a title that only adds words to another ("director" /
// "Managing Director") is the same post described more or less fully - unless the added words
// name a lower rank ("deputy chief executive" is not "chief executive"). A person may hold posts
// in several organisations at once, so titles are compared only when both are unique offices of
// state, or both name the same organisation (rules.organisationOffices lists the common posts).

import type { Claim, SourcedClaim } from '../../types';
import type { ConflictRules } from '../rules';
import { timesCompatible } from '../time';
import type { FoundConflict } from './found';
import { disagreeingByValue, timeKey, toleranceFor, type ConflictWork } from './buckets';

interface PostKey {
  /** "office:<id>" or "title:<words>". */
  post: string;
  organisation?: string;
}

function parseKey(key: string): PostKey {
  const at = key.indexOf('@');
  return at < 0 ? { post: key } : { post: key.slice(0, at), organisation: key.slice(at + 1) };
}

const words = (post: string): string[] => post.replace(/^(?:title|office):/, '').split(/[\s-]+/).filter(Boolean);
/**
 * Words that make a title a different, lower post than the same title without them: a deputy
 * chief executive is not the chief executive. ("Acting" and "interim" hold the post itself.)
 */
const RANK_WORDS = new Set(['deputy', 'vice', 'assistant', 'associate', 'under']);
/** True when `longer` has every word of `shorter`, and no rank word that `shorter` lacks. */
const contains = (longer: string[], shorter: string[]): boolean =>
  shorter.every((w) => longer.includes(w)) && !longer.some((w) => RANK_WORDS.has(w) && !shorter.includes(w));

/**
 * One post at two ranks: the same head word (the title's last), with a rank word on one side
 * only ("deputy leader" / "council leader", "assistant director" / "director"). A person is not
 * both the holder of a post and its deputy, so such titles disagree even when neither names its
 * organisation; two different posts with no organisation ("director" / "trustee") still do not.
 */
function ranksApart(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0 || a[a.length - 1] !== b[b.length - 1]) return false;
  const ranked = (w: string[]): boolean => w.some((word) => RANK_WORDS.has(word));
  return ranked(a) !== ranked(b);
}

/**
 * Seats on a body's board or membership ("trustee", "governor", "non-executive director"): the
 * body's chair sits among its trustees and its chief executive often on its board, so a seat
 * beside another post at the same body is no contradiction.
 */
const SEATS = new Set(['trustee', 'board member', 'member board', 'governor', 'non executive director', 'non exec director', 'board director', 'member', 'patron']);
const isSeat = (post: string[]): boolean => SEATS.has(post.join(' '));

export function rolesDisagree(a: Claim, b: Claim, rules: ConflictRules): boolean {
  if (a.value.kind !== 'role' || b.value.kind !== 'role') return false;
  const ka = parseKey(a.value.office ?? `title:${a.value.title.toLowerCase()}`);
  const kb = parseKey(b.value.office ?? `title:${b.value.title.toLowerCase()}`);
  const deniedA = a.value.polarity === 'deny';
  const deniedB = b.value.polarity === 'deny';
  // A post denied says nothing of other posts: it disagrees only with that post affirmed, in the
  // same organisation, whether written more or less fully ("leader" / "council leader").
  if (deniedA || deniedB) {
    if (deniedA === deniedB || ka.organisation !== kb.organisation) return false;
    const wa = words(ka.post);
    const wb = words(kb.post);
    return ka.post === kb.post || contains(wa, wb) || contains(wb, wa);
  }
  if (ka.post === kb.post && ka.organisation === kb.organisation) return false;
  if (!ka.organisation && !kb.organisation) {
    // Two offices of state held at once by one person: only when both are known, unique offices.
    const unique = (k: PostKey): boolean => k.post.startsWith('office:') && !rules.organisationOffices.includes(k.post);
    return (unique(ka) && unique(kb)) || ranksApart(words(ka.post), words(kb.post));
  }
  // One post placed at a body, the other at none ("council leader" of the council, "deputy
  // leader"): a post and its deputy still cannot both be held, as when neither names a body.
  if (!ka.organisation || !kb.organisation) return ranksApart(words(ka.post), words(kb.post));
  if (ka.organisation !== kb.organisation) return false;
  if (ka.post === kb.post) return false;
  const wa = words(ka.post);
  const wb = words(kb.post);
  if (isSeat(wa) || isSeat(wb)) return false;
  return !contains(wa, wb) && !contains(wb, wa);
}

/**
 * A news story often names a person by a bare post ("Chief executive Jo Bloggs said ...") where
 * another source names the organisation ("Jo Bloggs, chief executive of Acme"). When the sources
 * about this person hold that very post at exactly one organisation, at a compatible time, the
 * bare post is read as held there, so it meets the other titles the person is given at that
 * organisation. A post at two organisations, or an office of state, stays as written.
 */
function placeBarePosts(roles: readonly SourcedClaim[], rules: ConflictRules): Map<SourcedClaim, SourcedClaim> {
  // post → organisation → distinct times (by the gate's key) at which the post is held there
  const held = new Map<string, Map<string, Map<string, string | undefined>>>();
  for (const c of roles) {
    if (c.claim.value.kind !== 'role' || !c.claim.value.office || c.claim.value.polarity === 'deny') continue;
    const key = parseKey(c.claim.value.office);
    if (!key.organisation) continue;
    let byOrg = held.get(key.post);
    if (!byOrg) held.set(key.post, (byOrg = new Map()));
    let times = byOrg.get(key.organisation);
    if (!times) byOrg.set(key.organisation, (times = new Map()));
    times.set(timeKey(c.claim.time), c.claim.time);
  }
  const placed = new Map<SourcedClaim, SourcedClaim>();
  if (held.size === 0) return placed;
  for (const c of roles) {
    const value = c.claim.value;
    if (value.kind !== 'role' || !value.office) continue;
    const key = parseKey(value.office);
    if (key.organisation || (key.post.startsWith('office:') && !rules.organisationOffices.includes(key.post))) continue;
    const byOrg = held.get(key.post);
    if (!byOrg || byOrg.size !== 1) continue;
    const [[organisation, times]] = [...byOrg];
    const tolerance = toleranceFor(c.claim, rules);
    if (![...times.values()].some((time) => timesCompatible(c.claim.time, time, tolerance))) continue;
    placed.set(c, { ...c, claim: { ...c.claim, value: { ...value, office: `${key.post}@${organisation}` } } });
  }
  return placed;
}

/**
 * A post told instead of one denied ("she isn't the chair, she's the secretary") is told of the
 * body the person's other posts are at: when the person's affirmed posts at a compatible time are
 * all at one organisation, the correcting post is read as held there too. A person with posts at
 * two bodies leaves it as written.
 */
function placeCorrections(roles: readonly SourcedClaim[], placed: Map<SourcedClaim, SourcedClaim>, rules: ConflictRules): void {
  for (const c of roles) {
    const value = c.claim.value;
    if (value.kind !== 'role' || !value.corrects || !value.office || parseKey(value.office).organisation) continue;
    const tolerance = toleranceFor(c.claim, rules);
    const organisations = new Set<string>();
    for (const other of roles) {
      const v = other.claim.value;
      if (other === c || v.kind !== 'role' || v.corrects || v.polarity === 'deny' || !v.office) continue;
      const organisation = parseKey(v.office).organisation;
      if (organisation && timesCompatible(c.claim.time, other.claim.time, tolerance)) organisations.add(organisation);
    }
    if (organisations.size !== 1) continue;
    const [organisation] = organisations;
    placed.set(c, { ...c, claim: { ...c.claim, value: { ...value, office: `${value.office}@${organisation}` } } });
  }
}

export function roleConflicts(claims: readonly SourcedClaim[], rules: ConflictRules, work?: ConflictWork): FoundConflict[] {
  const roles = claims.filter((c) => c.claim.value.kind === 'role');
  const placed = placeBarePosts(roles, rules);
  if (roles.some((c) => c.claim.value.kind === 'role' && c.claim.value.corrects)) placeCorrections(roles, placed, rules);
  const compared = placed.size ? roles.map((c) => placed.get(c) ?? c) : roles;
  const original = new Map<SourcedClaim, SourcedClaim>();
  for (const [from, to] of placed) original.set(to, from);
  const involved = disagreeingByValue(compared, (a, b) => rolesDisagree(a, b, rules), rules, work).map((c) => original.get(c) ?? c);
  return involved.length ? [{ kind: 'role', claims: involved }] : [];
}
