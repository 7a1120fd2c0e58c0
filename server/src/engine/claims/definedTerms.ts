// Defined terms. Annual reports, contracts, consultation responses and court documents name a
// body once and define a short term for it in brackets: `Acme Water Ltd ("the Company")`,
// `Northfield Homes Trust (the "Trust")`. From there on the capitalised term means that body and
// no other, however many other bodies are named between: "the Company" in "agents of the
// Company" is the defined company, not the administrators' firm named just before. Recency
// (referents.ts) is the right guess for a plain "the company"; a definition is not a guess.

import type { Entity } from '../types';
import { singular } from './vocabulary';

/** A term defined for an organisation, in force from `from` (the end of its definition). */
export interface DefinedTerm {
  /** The term's noun, lower-case and singular ("company", "trust"). */
  noun: string;
  organisation: Entity;
  from: number;
}

// Right after the name: "(", an optional "together," / "hereafter", the term in quotation marks
// with or without "the" inside or outside them, ")". The term is one capitalised word: longer
// terms ("the Joint Special Administrators") name no single body.
const DEFINITION = /^[\s\u00a0]*\((?:(?:together|hereafter|hereinafter|collectively)[\s\u00a0,]+)?(?:the[\s\u00a0]+)?[“"‘'](?:the[\s\u00a0]+|The[\s\u00a0]+)?(\p{Lu}\p{Ll}+)[”"’']\)/u;
const OPEN_BRACKET = 40;

/** How far after a name its bracket may open (white space only). */
const BRACKET_REACH = 3;

/**
 * The terms the text defines for its organisations, in text order. `organisations` are the
 * named organisations by start offset. Only names followed by a bracket are looked at, so a
 * text with no definitions costs one character test per name.
 */
export function findDefinedTerms(text: string, organisations: readonly Entity[]): DefinedTerm[] {
  const terms: DefinedTerm[] = [];
  for (const org of organisations) {
    if (!bracketFollows(text, org.end)) continue;
    const match = DEFINITION.exec(text.slice(org.end, org.end + 60));
    if (!match) continue;
    terms.push({ noun: singular(match[1]!.toLowerCase()), organisation: org, from: org.end + match[0].length });
  }
  return terms;
}

function bracketFollows(text: string, offset: number): boolean {
  for (let i = offset; i < text.length && i <= offset + BRACKET_REACH; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_BRACKET) return true;
    if (code !== 32 && code !== 0xa0) return false;
  }
  return false;
}

/**
 * The organisation a capitalised definite noun at `start` stands for by definition: the latest
 * definition of that noun before it. Lower-case "the company" is left to recency, as a writer
 * who defines "the Company" keeps its capital.
 */
export function definedReferent(terms: readonly DefinedTerm[], noun: string, start: number, capitalised: boolean): Entity | undefined {
  if (!capitalised || terms.length === 0) return undefined;
  let found: DefinedTerm | undefined;
  for (const term of terms) {
    if (term.from > start) break;
    if (term.noun === noun) found = term;
  }
  return found?.organisation;
}
