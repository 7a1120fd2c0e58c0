// Bodies of a kind whose names do not say so. "The union" after "Unison balloted its members" is
// Unison, a trade union though no word of its name is "union"; "the authority" after "Wenlow
// District Council approved the plan" is the council, a local authority. A kind word that finds
// no body named with that word (referents.ts) stands for the latest body of one of these.

/**
 * Trade unions named without the word "union" (their canonical ids in server/data/organisations.json).
 * Each is on the Certification Officer's list of trade unions (the statutory list of trade unions
 * in Great Britain kept under the Trade Union and Labour Relations (Consolidation) Act 1992, s.2);
 * the TUC's list of affiliated unions names all but the BMA and the RCN too.
 */
const TRADE_UNIONS = new Set([
  'org:unison', // Certification Officer's list; TUC affiliate
  'org:unite', // Certification Officer's list; TUC affiliate ("Unite the Union")
  'org:gmb', // Certification Officer's list; TUC affiliate
  'org:royal-college-of-nursing', // Certification Officer's list: a trade union as well as a professional body
  'org:british-medical-association', // Certification Officer's list: the doctors' trade union
  'org:royal-college-of-midwives', // Certification Officer's list; TUC affiliate
  'org:nasuwt', // Certification Officer's list; TUC affiliate
  'org:napo', // Certification Officer's list; TUC affiliate
  'org:aslef', // Certification Officer's list; TUC affiliate
  'org:tssa', // Certification Officer's list; TUC affiliate
  'org:usdaw', // Certification Officer's list; TUC affiliate
  'org:prospect', // Certification Officer's list; TUC affiliate
]);

/**
 * Whether a body named without the kind word `noun` is still of that kind: a listed trade union for
 * "union", a council for "authority" (every council is a local authority).
 */
export function isOfKindUnnamed(noun: string, canonical: string | undefined, nameWords: ReadonlySet<string>): boolean {
  if (noun === 'union') return canonical !== undefined && TRADE_UNIONS.has(canonical);
  if (noun === 'authority') return nameWords.has('council');
  return false;
}

/** The kind words isOfKindUnnamed knows: a cheap test before it is asked. */
export const UNNAMED_KINDS: ReadonlySet<string> = new Set(['union', 'authority']);
