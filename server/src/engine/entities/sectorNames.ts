import { Shape } from '../text/tokens';
import { FIRST_NAMES } from './lexicons/firstNames';
import { GENERIC_NAME_WORDS, NAME_MODIFIED_NOUNS, ORGANISATION_HEADS, PLACE_NAMES } from './lexicons/organisationWords';
import { CALENDAR_WORDS, HONORIFICS, PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicons/personWords';
import { NUMBER_WORDS } from './lexicons/quantityWords';
import { SENTENCE_OPENERS } from './lexicons/sentenceOpeners';
import { continuesName, isCapitalised, tightNext, tightWithPrevious, type NameScan } from './nameScan';

// Companies named by a word of their own and the trade they are in, with no legal suffix: "Northlight
// Energy", "Mercia Vale Trains", "Brackwell Transport", "Ellerby Homes". Texts give the "Ltd" once,
// if at all, and shorten the name everywhere else. The trade word alone is a field ("energy",
// "transport"), so the words in front must be a coined name: capitalised words the text never
// writes in lower case, none of them generic, a place, a title or a field, and nothing capitalised
// glued after the trade word (which would make it a field inside a longer title: "Retail Energy
// Review", "Energy Consumers Minister").

/** Trades that companies take into their names. */
export const TRADE_WORDS: ReadonlySet<string> = new Set([
  'energy', 'power', 'electric', 'water', 'trains', 'railways', 'buses', 'coaches', 'transport', 'airlines', 'airways',
  'ferries', 'logistics', 'freight', 'homes', 'estates', 'properties', 'developments', 'construction', 'builders',
  'engineering', 'motors', 'foods', 'pharmaceuticals', 'telecom', 'telecoms', 'utilities', 'recycling', 'stock',
  // makers and trades named in the plural of those who work in them ("Dunlow Shipbuilders", "Pennick Haulage")
  'shipbuilders', 'shipbuilding', 'shiprepairers', 'brewers', 'distillers', 'bakeries', 'dairies', 'haulage', 'removals',
  'plastics', 'chemicals', 'textiles', 'aerospace', 'technologies', 'software', 'catering', 'solicitors', 'accountants',
  'architects', 'surveyors', 'fisheries', 'printers',
  // leisure operators and publicans ("Fellside Leisure", "Granthorpe Inns")
  'leisure', 'inns', 'pubs', 'hotels', 'hospitality',
]);

/**
 * Words that say what kind of the trade is meant, capitalised in a heading or for emphasis: "Tidal
 * Energy", "Offshore Wind Energy", "Affordable Homes", "Public Transport" name a field, never a
 * company, however seldom the text writes the word in lower case.
 */
const FIELD_QUALIFIERS: ReadonlySet<string> = new Set([
  // sources of energy and fuels
  'tidal', 'nuclear', 'solar', 'wind', 'offshore', 'onshore', 'renewable', 'renewables', 'clean', 'hydro', 'hydroelectric',
  'geothermal', 'fossil', 'marine', 'wave', 'biomass', 'hydrogen', 'coal', 'oil', 'gas', 'electricity', 'heat', 'battery',
  'carbon', 'low-carbon', 'zero-carbon', 'net', 'zero', 'low',
  // kinds of homes and buildings
  'affordable', 'social', 'modular', 'sustainable', 'shared', 'supported', 'temporary', 'starter', 'council', 'empty', 'retirement',
  // kinds of transport and markets
  'road', 'bus', 'rail', 'freight', 'passenger', 'sea', 'air', 'river', 'mobile', 'electric', 'retail', 'wholesale',
  // scope and manner
  'domestic', 'commercial', 'residential', 'rural', 'urban', 'public', 'private', 'community', 'smart', 'global', 'future', 'cheaper', 'better',
  // standing in a profession: "Chartered Accountants", "Certified Surveyors" describe a firm, they do not name it
  'chartered', 'certified', 'qualified', 'professional', 'registered', 'independent',
]);

/** "Brookmere Rolling Stock": "Stock" names a trade only after "Rolling" (trains leased out). */
const TRADE_PHRASE_OPENERS: ReadonlyMap<string, string> = new Map([['stock', 'rolling']]);

/** Most words of a coined name in front of the trade word. */
const MAX_OWN_WORDS = 3;

/** Words of a name in front of the trade: coined, or at least never a word of the language here. */
export function isOwnWord(scan: NameScan, i: number): boolean {
  const token = scan.tokens[i]!;
  if (token.shape !== Shape.Capitalised || scan.owner[i] !== -1 || token.bareEnd < token.end) return false;
  const key = token.key;
  if (token.sentenceStart && SENTENCE_OPENERS.has(key)) return false;
  return !(
    GENERIC_NAME_WORDS.has(key) ||
    ORGANISATION_HEADS.has(key) ||
    TRADE_WORDS.has(key) ||
    PLACE_NAMES.has(key) ||
    PORTFOLIO_WORDS.has(key) ||
    ROLE_HEADS.has(key) ||
    ROLE_MODIFIERS.has(key) ||
    HONORIFICS.has(key) ||
    CALENDAR_WORDS.has(key) ||
    NUMBER_WORDS.has(key) ||
    SENTENCE_OPENERS.has(key) ||
    FIELD_QUALIFIERS.has(key)
  );
}

/**
 * Whether the text writes the word (a lower-case key) in lower case, as a word of the language: a
 * whole word, not part of a handle ("aldermoor_andy") and not, in a thread of comments from
 * `threadFrom` on, the company's own name typed in lower case by a reader ("aldermoor energy").
 */
function writtenInLowerCase(text: string, word: string, trade: string, threadFrom: number): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? 32 : text.charCodeAt(at - 1);
    const end = at + word.length;
    const after = text.charCodeAt(end);
    if (isWordPart(before) || isWordPart(after)) continue;
    // Only readers type names in lower case: elsewhere "clean energy" beside "Clean Energy" says it is a field.
    if (at >= threadFrom && after === 32 && text.startsWith(trade, end + 1) && !isWordPart(text.charCodeAt(end + 1 + trade.length))) continue;
    return true;
  }
  return false;
}

/** Letters, digits and the marks that join a handle's or an address's parts ("_", "@"). */
function isWordPart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 64 || code > 127;
}

/** Connectors that, after a capitalised word, make the words after them a field rather than a company. */
const FIELD_CONNECTORS = new Set(['of', 'for', 'and', '&', 'in']);

/**
 * The first token of a company name ending in the trade word at token k, or -1. `runFirst` is
 * where the capitalised run holding it starts.
 */
export function tradeNameStart(scan: NameScan, k: number, runFirst: number): number {
  const { tokens, text } = scan;
  const trade = tokens[k]!;
  if (trade.shape !== Shape.Capitalised || scan.owner[k] !== -1) return -1;
  const tradeKey = trade.bareEnd < trade.end ? trade.key.slice(0, trade.bareEnd - trade.start) : trade.key;
  let end = k - 1;
  const opener = TRADE_PHRASE_OPENERS.get(tradeKey);
  if (opener !== undefined) {
    if (tokens[end]?.key !== opener || !tightWithPrevious(tokens, k)) return -1;
    end--;
  }
  // Nothing capitalised may follow: the trade word closes the name, not a field inside a title.
  const next = tightNext(tokens, k);
  if (next && (continuesName(next) || NAME_MODIFIED_NOUNS.has(next.key))) return -1;
  let first = end + 1;
  while (first - 1 >= runFirst && end - first + 1 < MAX_OWN_WORDS && tightWithPrevious(tokens, first) && isOwnWord(scan, first - 1)) first--;
  if (first > end) return -1;
  // The whole run must be the name: a capitalised word or a field's connector before it makes the words part of something else.
  const before = tokens[first - 1];
  const article = before !== undefined && (before.key === 'the' || (before.sentenceStart && SENTENCE_OPENERS.has(before.key)));
  if (before !== undefined && tightWithPrevious(tokens, first) && !article) {
    if (isCapitalised(before)) return -1;
    // "Minister for Nuclear Energy", "Department of Rail Transport": after a capitalised word and a connector the words are a field.
    if (FIELD_CONNECTORS.has(before.key) && isCapitalised(tokens[first - 2]) && tightWithPrevious(tokens, first - 1)) return -1;
  }
  // A lone given name is a person's ("Jack Transport" is as likely a man's firm as a man): a coined word is needed.
  if (first === end && FIRST_NAMES.has(tokens[first]!.key)) return -1;
  for (let i = first; i <= end; i++) if (isLowerCaseWordHere(scan, text, tokens[i]!.key, tradeKey)) return -1;
  return first;
}

/** Per text, the words already looked for in lower case: a company is named many times, the text searched once per word. */
const lowerCaseAnswers = new WeakMap<NameScan, Map<string, boolean>>();

function isLowerCaseWordHere(scan: NameScan, text: string, word: string, trade: string): boolean {
  let answers = lowerCaseAnswers.get(scan);
  if (answers === undefined) lowerCaseAnswers.set(scan, (answers = new Map()));
  const key = `${word} ${trade}`;
  let answer = answers.get(key);
  const threadFrom = scan.threadStart < 0 ? text.length : scan.tokens[scan.threadStart]!.start;
  if (answer === undefined) answers.set(key, (answer = writtenInLowerCase(text, word, trade, threadFrom)));
  return answer;
}
