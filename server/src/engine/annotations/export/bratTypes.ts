// The vocabulary shared by the brat exporter and importer.
// brat standoff: https://brat.nlplab.org/standoff.html. Offsets count Unicode code points
// (brat is Python and slices the text by character), not UTF-16 code units.

import type { EntityType } from '../../types';

export const BRAT_TYPE_OF: Record<EntityType, string> = {
  organisation: 'Organisation',
  person: 'Person',
  role: 'Role',
  percentage: 'Percentage',
  money: 'Money',
  quantity: 'Quantity',
  date: 'Date',
};

/** A span a researcher marked as not an entity. */
export const BRAT_NOT_AN_ENTITY = 'Not_an_entity';
/** A span with notes, a link or an assessment but no entity type. */
export const BRAT_UNTYPED = 'Annotation';
/** Normalisation database name in N lines: `PolicyLens:org:kings-fund`. */
export const BRAT_DATABASE = 'PolicyLens';
/** Attribute carrying a claim assessment: `A1\tAssessment T1 disputed`. */
export const BRAT_ASSESSMENT = 'Assessment';
/** Attribute marking a T line as the engine's, not a researcher's (never imported). */
export const BRAT_ENGINE = 'Engine';

/** Type names other brat corpora use for the same kinds, accepted on import. */
const ALIASES: Record<string, EntityType> = {
  organisation: 'organisation', organization: 'organisation', org: 'organisation',
  person: 'person', per: 'person',
  role: 'role', title: 'role',
  percentage: 'percentage', percent: 'percentage',
  money: 'money',
  quantity: 'quantity',
  date: 'date',
};

export function entityTypeOfBrat(type: string): EntityType | undefined {
  return ALIASES[type.toLowerCase()];
}

/** Notes and labels live on one line in brat: line breaks, tabs and backslashes are escaped. */
export function escapeBratText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

export function unescapeBratText(value: string): string {
  return value.replace(/\\([\\nrt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : '\\'));
}
