// The engine's vocabulary, shared by the recognisers, the claim extractor, the corpus index,
// the language server and the CLI. Offsets are UTF-16 code units, end-exclusive, into the
// text exactly as given (see ARCHITECTURE.md).

export type EntityType = 'organisation' | 'person' | 'role' | 'percentage' | 'money' | 'quantity' | 'date';

export const ENTITY_TYPES: readonly EntityType[] = [
  'organisation',
  'person',
  'role',
  'percentage',
  'money',
  'quantity',
  'date',
];

/** A piece of the text: offsets plus the exact slice they cover. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** Normalised hedges around a number: "more than 550" → over, "approximately 1000" → around. */
// "nearly £27m", "almost 300 staff": just below the figure, not anything below it as "under" is.
export type Qualifier = 'over' | 'under' | 'nearly' | 'around' | 'up to' | 'at least' | 'at most';

export type DatePrecision = 'day' | 'month' | 'year' | 'day-month' | 'financial-year';

export type EntityValue =
  | { kind: 'percentage'; value: number; qualifier?: Qualifier }
  | { kind: 'money'; amount: number; currency: string; qualifier?: Qualifier }
  | { kind: 'quantity'; value: number; noun?: string; qualifier?: Qualifier }
  /** iso is as precise as the text: "2010-11-17", "2010-11", "2010", "--12-03" (day-month), "2012/2013". */
  | { kind: 'date'; iso: string; precision: DatePrecision };

export interface Entity extends TextSpan {
  type: EntityType;
  /** For a qualified number: the span without its qualifier ("60 per cent" in "over 60 per cent"). */
  core?: TextSpan;
  /** Stable corpus-wide id of the real-world organisation or person, e.g. "org:kings-fund", "person:ed-mayo". */
  canonical?: string;
  /** Display name of the canonical entity, e.g. "The King's Fund". */
  canonicalName?: string;
  value?: EntityValue;
  /** On a role: the canonical id of the person holding it. */
  person?: string;
  /** On a person: the title this text gives them. On a role: the canonical office id, when known. */
  role?: string;
  /** Where the entity came from: the recognisers, or a researcher's annotation that overrides them. */
  origin?: 'engine' | 'annotation';
}

export type ClaimValue =
  | { kind: 'category'; category: string; polarity: 'affirm' | 'deny'; hedged?: boolean }
  | { kind: 'number'; value: number; unit: string; qualifier?: Qualifier; low?: number; high?: number }
  /**
   * `polarity: 'deny'`: the source says the person does not hold the post ("is not the council leader").
   * `corrects`: the post is told instead of one denied beside it ("she isn't the chair, she's the secretary"),
   * so it is held at the body of the person's other posts (conflicts/role.ts).
   */
  | { kind: 'role'; title: string; office?: string; polarity?: 'deny'; corrects?: true }
  | { kind: 'date'; iso: string; precision: DatePrecision };

/** What one source asserts about one subject. */
export interface Claim extends TextSpan {
  /** Canonical id of the subject entity. */
  subject: string;
  subjectName: string;
  /** Normalised attribute key, e.g. "category", "owned-share:employees", "count:staff", "role", "date:announced". */
  attribute: string;
  value: ClaimValue;
  /** The time the claim speaks of (ISO, any precision), from the text or the document's own date. */
  time?: string;
}

export type ConflictKind = 'negation' | 'categorical' | 'numeric' | 'role' | 'date';

/** A claim as seen corpus-wide: the document it comes from travels with it. */
export interface SourcedClaim {
  /** Document key: a URI in the server, a path in the CLI. */
  doc: string;
  claim: Claim;
}

export interface Conflict {
  /** Location-agnostic fingerprint: subject, attribute and the set of values. Reviews are stored under it. */
  id: string;
  kind: ConflictKind;
  subject: string;
  subjectName: string;
  attribute: string;
  claims: SourcedClaim[];
}

export interface DocumentAnalysis {
  entities: Entity[];
  claims: Claim[];
  /** The document's own date (publication or comment date), ISO, when it gives one. */
  documentDate?: string;
  /**
   * With no such date, the date standing alone in the document's masthead (a byline's or a
   * letter's date line): it resolves the text's relative dates but does not time its claims
   * (entities/documentDate.ts).
   */
  mastheadDate?: string;
}

/**
 * A researcher's correction, applied by the recognisers before anything else: a span tagged as an
 * entity (optionally linked to a canonical entity), or a span marked "not an entity".
 */
export type EntityOverride =
  | { action: 'tag'; start: number; end: number; type: EntityType; canonical?: string; canonicalName?: string }
  | { action: 'suppress'; start: number; end: number };

/** An alias that resolves to a canonical entity corpus-wide (reference data or a researcher's link). */
export interface AliasLink {
  surface: string;
  canonical: string;
  canonicalName: string;
  type?: 'organisation' | 'person';
}

export interface AnalyseOptions {
  /** Extra aliases: the workspace's reference-data files and the researcher's alias links. */
  aliases?: readonly AliasLink[];
  /** Per-document corrections from annotations; they win over the engine. */
  overrides?: readonly EntityOverride[];
}
