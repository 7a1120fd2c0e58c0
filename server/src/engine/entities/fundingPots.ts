import { Shape, type Token } from '../text/tokens';
import { SPEECH_VERBS } from './lexicons/personWords';
import { SENTENCE_OPENERS } from './lexicons/sentenceOpeners';
import { isCapitalised, type NameScan } from './nameScan';

// "Fund" names two different things. The King's Fund and the Social Investment Fund are bodies
// that speak, employ and publish; the Better Care Fund or a "Rural Care Fund" is a pot of money
// that is launched, bid for, allocated and worth £Ym, which RULES.md counts as a scheme, not an
// organisation. The name alone cannot tell them apart, so the document's use of it does: a fund
// that is ever treated as money, and never as a body that acts, is a pot in every mention.

/** Words near a fund that treat it as money ("bid for the X Fund", "the X Fund was allocated"). */
const POT_CUES = new Set([
  'bid', 'bids', 'bidding', 'bidder', 'allocated', 'allocation', 'allocations', 'allocate', 'worth', 'launched', 'launch',
  'launches', 'pooled', 'pool', 'pooling', 'awarded', 'award', 'awards', 'grant', 'grants', 'funding', 'money', 'cash',
  'pot', 'budget', 'budgets', 'round', 'rounds', 'applications', 'apply', 'applied', 'spend', 'spent', 'spending',
  'transfer', 'transferred', 'topped', 'top-up', 'invested', 'share', 'announced', 'distributed', 'ring-fenced', 'funded',
  'financed', 'paid', 'allocating', 'unveiled', 'established', 'receive', 'received', 'receives', 'criteria',
]);

/** Words that make a fund an actor: it speaks or holds people ("the X Fund said", "director of the X Fund"). */
const ACTOR_CUES = new Set([
  'said', 'says', 'told', 'argued', 'warned', 'published', 'publishes', 'believes', 'found', 'chief', 'director',
  'executive', 'chair', 'chairman', 'trustee', 'trustees', 'staff', 'spokesperson', 'spokesman', 'spokeswoman', 'fellow',
  'report', 'analysis', 'research', 'researchers', 'economist', 'head', 'president', 'ceo', 'member', 'members',
]);

/** The verbs among ACTOR_CUES that a fund does only as their subject: after them it is what another says or finds (one told something is still an audience, a body). */
const ACTOR_VERBS = new Set(['said', 'says', 'argued', 'warned', 'published', 'publishes', 'believes', 'found']);

const CURRENCY = new Set(['£', '$', '€']);
const WINDOW = 5;

function isSentenceEnd(token: Token): boolean {
  return token.text === '.' || token.text === '!' || token.text === '?' || token.text === ';' || token.gapBefore >= 3;
}

/** Lower-case key of a fund's name: up to three words before "Fund", which is how texts repeat it. */
function fundKey(tokens: readonly Token[], fund: number): { key: string; first: number } {
  let first = fund;
  while (first > 0 && fund - first < 3 && isCapitalised(tokens[first - 1]) && tokens[first - 1]!.gapBefore <= 1) {
    const previous = tokens[first - 1]!;
    if (previous.bareEnd < previous.end || (previous.sentenceStart && SENTENCE_OPENERS.has(previous.key))) break;
    first--;
  }
  let key = '';
  for (let i = first; i < fund; i++) key += tokens[i]!.key + ' ';
  return { key: key + 'fund', first };
}

interface Evidence {
  pot: boolean;
  actor: boolean;
}

function weigh(tokens: readonly Token[], first: number, fund: number, evidence: Evidence): void {
  for (let i = first - 1; i >= 0 && first - i <= WINDOW; i--) {
    const token = tokens[i]!;
    if (isSentenceEnd(tokens[i + 1]!) && i + 1 < first) break;
    if (CURRENCY.has(token.text) || (token.shape === Shape.Numeric && /\d(?:bn|m|k)$/i.test(token.text))) evidence.pot = true;
    if (POT_CUES.has(token.key)) evidence.pot = true;
    // A verb before the fund has another subject ("BEIS says the X Fund …"): only titles count there.
    if (ACTOR_CUES.has(token.key) && !ACTOR_VERBS.has(token.key)) evidence.actor = true;
  }
  const fundToken = tokens[fund]!;
  // "the X Fund's chief executive": a possessive fund has people.
  if (fundToken.bareEnd < fundToken.end) evidence.actor = true;
  for (let i = fund + 1; i < tokens.length && i - fund <= WINDOW; i++) {
    const token = tokens[i]!;
    if (isSentenceEnd(token)) break;
    if (CURRENCY.has(token.text) || POT_CUES.has(token.key)) evidence.pot = true;
    if (i - fund <= 2 && (SPEECH_VERBS.has(token.key) || ACTOR_CUES.has(token.key))) evidence.actor = true;
  }
  // "the X Fund, which paid £2.1 million for its 30% of the shares": a fund that holds shares is an
  // investment vehicle, a body, however much money is said around it. Read to the sentence's end.
  for (let i = fund + 1; i < tokens.length && i - fund <= OWNERSHIP_WINDOW; i++) {
    const token = tokens[i]!;
    if (isSentenceEnd(token) && !isDecimalPoint(tokens, i)) break;
    if (OWNERSHIP_WORDS.has(token.key)) evidence.actor = true;
  }
}

/** "2.1": a full stop between digits, glued to both. */
function isDecimalPoint(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]!.text === '.' && tokens[i]!.gapBefore === 0 && tokens[i - 1]?.shape === Shape.Numeric && next !== undefined && next.gapBefore === 0 && next.shape === Shape.Numeric;
}

/** Words of holding part of a company: a fund near them, in its own sentence, owns (see weigh). */
const OWNERSHIP_WORDS = new Set(['shares', 'stake', 'stakes', 'shareholding', 'shareholder', 'shareholders', 'equity']);
const OWNERSHIP_WINDOW = 20;

/**
 * A pension fund is a body whatever is said around it: it has members and a committee, and it
 * pays for and invests in what it owns ("the X Pension Fund paid £54 million for new shares"),
 * which would read as a pot's money cues.
 */
const BODY_FUND_WORDS = new Set(['pension', 'pensions', 'superannuation']);

/** The lower-case names of the funds this document treats as pots of money, computed once per scan. */
export function fundingPots(scan: NameScan): ReadonlySet<string> {
  const { tokens } = scan;
  const evidence = new Map<string, Evidence>();
  for (const i of scan.capitalised) {
    const token = tokens[i]!;
    if (token.key !== 'fund' && token.key !== "fund's") continue;
    const { key, first } = fundKey(tokens, i);
    if (first === i || BODY_FUND_WORDS.has(tokens[i - 1]!.key)) continue;
    let found = evidence.get(key);
    if (!found) evidence.set(key, (found = { pot: false, actor: false }));
    weigh(tokens, first, i, found);
  }
  const pots = new Set<string>();
  for (const [key, found] of evidence) if (found.pot && !found.actor) pots.add(key);
  return pots;
}

/** True when the name ending in "Fund" at token `fund` is one of the document's pots of money. */
export function isFundingPot(scan: NameScan, fund: number, pots: ReadonlySet<string>): boolean {
  return pots.size > 0 && pots.has(fundKey(scan.tokens, fund).key);
}
