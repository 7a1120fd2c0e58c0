// Claim extraction: runs every extractor over one document and returns its claims, sorted by
// position. Add a kind of claim by adding an extractor to EXTRACTORS; nothing else changes.

import type { Token } from '../text/tokens';
import type { Claim, Entity } from '../types';
import { ClaimContext } from './context';
import { deriveCategoryClaims } from './derived';
import { handOverDays } from './takeOverDays';
import { jobLossesImplied } from './extractors/jobLossesImplied';
import { accountFigureExtractor } from './extractors/accountFigures';
import { charityRegisterExtractor } from './extractors/charityRegister';
import { classificationExtractor } from './extractors/classification';
import { independenceExtractor } from './extractors/independence';
import { relativeFormExtractor } from './extractors/relativeForms';
import { consultationExtractor } from './extractors/consultation';
import { saleConsentExtractor } from './extractors/saleConsent';
import { countExtractor } from './extractors/counts';
import { eventDateExtractor } from './extractors/eventDates';
import { eventNounExtractor } from './extractors/eventNouns';
import { eventStartExtractor } from './extractors/eventStarts';
import { facilityOpeningExtractor } from './extractors/facilityOpenings';
import { openingDateExtractor } from './extractors/openingDates';
import { fundingFlowExtractor } from './extractors/fundingFlows';
import { fundedShareExtractor } from './extractors/fundedShares';
import { fundersGivingExtractor } from './extractors/fundersGiving';
import { moneyFromSourceExtractor } from './extractors/moneyFromSource';
import { mergerDateExtractor } from './extractors/mergerDates';
import { jobCutExtractor } from './extractors/jobCuts';
import { jobLossDenialExtractor } from './extractors/jobLossDenials';
import { formalActionExtractor } from './extractors/formalActions';
import { inspectionRatingExtractor } from './extractors/inspectionRatings';
import { staffTakeOnExtractor } from './extractors/staffTakeOn';
import { staffTransferDateExtractor } from './extractors/staffTransferDates';
import { loansAndDividendsExtractor } from './extractors/loansAndDividends';
import { existenceExtractor } from './extractors/existence';
import { actsDoneExtractor, deferActs } from './extractors/actsDone';
import { closureExtractor } from './extractors/closures';
import { groupClosureExtractor } from './groupClosures';
import { tenureExtractor } from './extractors/tenure';
import { completionDateExtractor } from './extractors/completionDates';
import { processWindowExtractor } from './extractors/processWindows';
import { gradeChangeExtractor } from './extractors/gradeChanges';
import { fundingCutsExtractor } from './extractors/fundingCuts';
import { grantDecisionsExtractor } from './extractors/grantDecisions';
import { compensationExtractor } from './extractors/compensation';
import { measureAfterFigureExtractor } from './extractors/measureAfterFigure';
import type { ClaimExtractor } from './extractors/extractor';
import { moneyExtractor } from './extractors/money';
import { orderDateExtractor } from './extractors/orderDates';
import { ownershipExtractor } from './extractors/ownership';
import { ownershipDenialExtractor } from './extractors/ownershipDenials';
import { ownAccordExtractor } from './extractors/ownAccord';
import { postStatementExtractor } from './extractors/postStatements';
import { postSwapExtractor } from './extractors/postSwaps';
import { registrationNumberExtractor } from './extractors/registrationNumbers';
import { roleExtractor } from './extractors/roles';
import { serviceStartExtractor } from './extractors/serviceStarts';
import { handoverExtractor } from './extractors/handovers';
import { shareSubscriptionExtractor } from './extractors/shareSubscriptions';
import { stakePurchaseExtractor } from './extractors/stakePurchases';
import { shareholdingExtractor } from './extractors/shareholdings';
import { ownershipStructureExtractor } from './extractors/ownershipStructures';
import { combinationKindExtractor } from './extractors/combinationKinds';
import { speakerPostExtractor } from './extractors/speakerPosts';
import { shareCapitalExtractor } from './extractors/shareCapital';
import { statisticsExtractor } from './extractors/statistics';
import { transactionExtractor } from './extractors/transactions';
import { wholeAndPartsExtractor } from './extractors/wholeAndParts';
import { eventCounts } from './figures/eventCounts';
import { thingCounts } from './figures/thingCounts';
import { changeResults } from './figures/changeResults';
import { percentChanges } from './figures/percentChanges';
import { pricesPaid } from './figures/pricesPaid';
import { sumsRaised } from './figures/sumsRaised';
import { workforceCuts } from './figures/workforceCuts';
import { siteWorkforce } from './figures/siteWorkforce';
import { installedCapacity } from './figures/installedCapacity';
import { sizeAdjectives } from './figures/sizeAdjectives';
import { managementFees } from './figures/managementFees';
import { factTables } from './figures/factTables';
import { numberVerb } from './figures/numberVerb';
import { gappedCounts } from './figures/gappedCounts';
import { collectiveSize } from './figures/collectiveSize';
import type { FigureReading } from './figures/reading';
import { DEFAULT_CONFLICT_RULES, type ConflictRules } from './rules';

export const EXTRACTORS: readonly ClaimExtractor[] = [
  classificationExtractor,
  independenceExtractor,
  relativeFormExtractor,
  charityRegisterExtractor,
  registrationNumberExtractor,
  ownershipExtractor,
  ownershipDenialExtractor,
  shareholdingExtractor,
  ownershipStructureExtractor,
  combinationKindExtractor,
  speakerPostExtractor,
  shareCapitalExtractor,
  shareSubscriptionExtractor,
  stakePurchaseExtractor,
  wholeAndPartsExtractor,
  countExtractor,
  jobCutExtractor,
  jobLossDenialExtractor,
  moneyExtractor,
  fundingFlowExtractor,
  fundedShareExtractor,
  fundersGivingExtractor,
  moneyFromSourceExtractor,
  loansAndDividendsExtractor,
  existenceExtractor,
  actsDoneExtractor,
  closureExtractor,
  groupClosureExtractor,
  tenureExtractor,
  completionDateExtractor,
  processWindowExtractor,
  gradeChangeExtractor,
  fundingCutsExtractor,
  grantDecisionsExtractor,
  compensationExtractor,
  formalActionExtractor,
  consultationExtractor,
  saleConsentExtractor,
  ownAccordExtractor,
  staffTakeOnExtractor,
  staffTransferDateExtractor,
  inspectionRatingExtractor,
  measureAfterFigureExtractor,
  accountFigureExtractor,
  roleExtractor,
  postStatementExtractor,
  postSwapExtractor,
  statisticsExtractor,
  eventDateExtractor,
  eventNounExtractor,
  eventStartExtractor,
  facilityOpeningExtractor,
  openingDateExtractor,
  mergerDateExtractor,
  transactionExtractor,
  orderDateExtractor,
  serviceStartExtractor,
  handoverExtractor,
];

/** The generic readings of figures, run after EXTRACTORS to fill in what none of them read (figures/). */
export const FIGURE_READINGS: readonly FigureReading[] = [eventCounts, thingCounts, changeResults, percentChanges, pricesPaid, sumsRaised, workforceCuts, siteWorkforce, installedCapacity, sizeAdjectives, managementFees, factTables, numberVerb, collectiveSize];

/**
 * A generic claim adds nothing where a specific extractor read the same figure for the same
 * subject and attribute: the specific claim, with its own guards, stands for it.
 */
function readAlready(claims: readonly Claim[], specific: number, generic: Claim): boolean {
  for (let i = 0; i < specific; i++) {
    const c = claims[i]!;
    if (c.subject === generic.subject && c.attribute === generic.attribute && c.start < generic.end && generic.start < c.end) return true;
  }
  return false;
}

/**
 * Drops a claim equal to one kept before: same span, subject, attribute and value (the value
 * compared as JSON). Claims are kept by start offset, a number, so a claim costs one look-up by a
 * small integer rather than a joined string key; "subject:attribute" and the value's JSON are
 * worked out only when two claims share a span, which is rare.
 */
class ClaimDeduplicator {
  /** Kept claims by start offset, with their "subject:attribute" and values' JSON once worked out. */
  private readonly kept = new Map<number, Array<{ claim: Claim; key?: string; json?: string }>>();

  /** True the first time a claim is seen (keep it), false for a duplicate. */
  isNew(c: Claim): boolean {
    const sameStart = this.kept.get(c.start);
    if (!sameStart) {
      this.kept.set(c.start, [{ claim: c }]);
      return true;
    }
    let key: string | undefined;
    let json: string | undefined;
    for (const other of sameStart) {
      if (other.claim.end !== c.end) continue;
      // the subject and attribute compared joined, as one key of both would compare them
      key ??= `${c.subject}:${c.attribute}`;
      if ((other.key ??= `${other.claim.subject}:${other.claim.attribute}`) !== key) continue;
      json ??= JSON.stringify(c.value);
      if ((other.json ??= JSON.stringify(other.claim.value)) === json) return false;
    }
    sameStart.push({ claim: c, key, json });
    return true;
  }
}

/**
 * The claims a document makes. `entities` are the document's entities (canonical ids set);
 * `documentDate` dates claims whose text gives no time; `rules` default to the shipped rules;
 * `author` is the organisation the document speaks for when the caller has found it already
 * (null: none), otherwise it is read from the text's heading and closing lines. `tokens`, when
 * given, are tokenize(text), which spares one scan of the text (see ClaimContext). `mastheadDate`,
 * when there is no `documentDate`, resolves relative dates without timing claims.
 */
export function extractClaims(
  text: string,
  entities: readonly Entity[],
  documentDate?: string,
  rules: ConflictRules = DEFAULT_CONFLICT_RULES,
  author?: Entity | null,
  tokens?: readonly Token[],
  mastheadDate?: string,
): Claim[] {
  const context = new ClaimContext(text, entities, rules, documentDate, author, tokens, mastheadDate);
  const claims: Claim[] = [];
  // appended by a loop, not push(...found): a spread call per extractor cost more than its claims
  for (const extractor of EXTRACTORS) for (const c of extractor.extract(context)) claims.push(c);
  const specific = claims.length;
  for (const reading of FIGURE_READINGS) {
    for (const c of reading.read(context)) if (!readAlready(claims, specific, c)) claims.push(c);
  }
  claims.push(...gappedCounts(context, claims));
  claims.push(...deriveCategoryClaims(claims, rules));
  claims.push(...handOverDays(claims));
  claims.push(...jobLossesImplied(claims));
  deferActs(claims, context);
  const seen = new ClaimDeduplicator();
  const questions = new Map<object, boolean>();
  const unique = claims.filter((c) => {
    const sentence = context.sentenceAt(c.start);
    if (sentence) {
      let question = questions.get(sentence);
      if (question === undefined) questions.set(sentence, (question = context.isQuestion(sentence)));
      if (question) return false;
    }
    return seen.isNew(c);
  });
  return unique.sort((a, b) => a.start - b.start || a.end - b.end || (a.attribute < b.attribute ? -1 : a.attribute > b.attribute ? 1 : 0));
}

export { DEFAULT_CONFLICT_RULES, loadConflictRules, mergeConflictRules } from './rules';
export type { ConflictRules, ConflictRulesPatch } from './rules';
