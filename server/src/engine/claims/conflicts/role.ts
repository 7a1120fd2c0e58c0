// Role conflicts: one person given different titles at overlapping times. Wordings of one office
// are one office (offices.json), and a title that only adds words to another ("director" /
// "Managing Director") is the same post described more or less fully - unless the added words
// name a lower rank ("deputy chief executive" is not "chief executive"). A person may hold posts
// in several organisations at once, so titles are compared only when both are unique offices of
// state, or both name the same organisation (rules.organisationOffices lists the common posts).
// Most texts give a post without its body ("the trust's secretary", "Our bursar", a signature's
// title line): such a post is read at the body the person's other posts place them at, when that
// is one body (placeBarePosts, placeCorrections, placeAtOnlyBody).

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

/**
 * Head words of a post held inside a body, one holder at a time: its chair, secretary, treasurer,
 * chief executive, director, manager, head, principal, vice-chancellor, partner, minister. An
 * occupation ("engineer", "lecturer", "reporter", "nurse") or a seat ("trustee") is not one.
 */
const POST_WORDS = new Set([
  'chair', 'chairman', 'chairwoman', 'chairperson', 'secretary', 'treasurer', 'executive', 'director', 'manager', 'officer',
  'head', 'principal', 'president', 'chancellor', 'partner', 'clerk', 'leader', 'coordinator', 'organiser', 'administrator',
  'headteacher', 'headmaster', 'headmistress', 'warden', 'bursar', 'registrar', 'dean', 'provost', 'minister',
]);
/** "a director", "an officer": one of a kind, which may be at any body; "the", "our", "its" or none is the post. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])an?[\s\u00a0]+$/iu;

function describedAsOneOfAKind(claim: Claim, title: string): boolean {
  const at = claim.text.indexOf(title);
  return at > 0 && INDEFINITE_BEFORE.test(claim.text.slice(Math.max(0, at - 4), at));
}

/**
 * A post given with no body ("the trust's secretary", "Our head of music", "Chair" under a
 * signature, "X is the project manager there") is read as held at the one body at which the
 * sources place the person's other posts at a compatible time: a person named at one body is
 * named there, and the writer left the body to the context. A person placed at two bodies, an
 * office of state, an occupation and "a director" (one of a kind) stay as written.
 */
function placeAtOnlyBody(roles: readonly SourcedClaim[], placed: Map<SourcedClaim, SourcedClaim>, rules: ConflictRules): void {
  const atBodies = roles.filter((c) => {
    const v = c.claim.value;
    return v.kind === 'role' && v.polarity !== 'deny' && v.office !== undefined && parseKey(v.office).organisation !== undefined;
  });
  if (atBodies.length === 0) return;
  for (const c of roles) {
    const value = c.claim.value;
    if (placed.has(c) || value.kind !== 'role' || value.polarity === 'deny' || !value.office) continue;
    const key = parseKey(value.office);
    if (key.organisation || (key.post.startsWith('office:') && !rules.organisationOffices.includes(key.post))) continue;
    if (!words(key.post).some((w) => POST_WORDS.has(w)) || describedAsOneOfAKind(c.claim, value.title)) continue;
    const tolerance = toleranceFor(c.claim, rules);
    const organisations = new Set<string>();
    for (const other of atBodies) {
      if (timesCompatible(c.claim.time, other.claim.time, tolerance)) organisations.add(parseKey((other.claim.value as { office: string }).office).organisation!);
    }
    if (organisations.size !== 1) continue;
    const [organisation] = organisations;
    // a minister holds office in a government, never at a company or a charity
    if (words(key.post).includes('minister') && !GOVERNMENT.test(organisation)) continue;
    placed.set(c, { ...c, claim: { ...c.claim, value: { ...value, office: `${key.post}@${organisation}` } } });
  }
}
const GOVERNMENT = /(?:^org:|-)(?:government|department|ministry|executive)(?:-|$)/;

export function roleConflicts(claims: readonly SourcedClaim[], rules: ConflictRules, work?: ConflictWork): FoundConflict[] {
  const roles = claims.filter((c) => c.claim.value.kind === 'role');
  const placed = placeBarePosts(roles, rules);
  if (roles.some((c) => c.claim.value.kind === 'role' && c.claim.value.corrects)) placeCorrections(roles, placed, rules);
  placeAtOnlyBody(roles, placed, rules);
  const compared = placed.size ? roles.map((c) => placed.get(c) ?? c) : roles;
  const original = new Map<SourcedClaim, SourcedClaim>();
  for (const [from, to] of placed) original.set(to, from);
  const involved = disagreeingByValue(compared, (a, b) => rolesDisagree(a, b, rules), rules, work).map((c) => original.get(c) ?? c);
  return involved.length ? [{ kind: 'role', claims: involved }] : [];
}
