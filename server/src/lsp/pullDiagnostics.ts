import { randomBytes } from 'node:crypto';
import type { Diagnostic, DiagnosticRelatedInformation, DocumentDiagnosticReport, Range } from 'vscode-languageserver';
import { DocumentDiagnosticReportKind } from 'vscode-languageserver';
import type { ConflictDiagnosticData } from './diagnostics';

// What the client last pulled for each open document (LSP 3.17 textDocument/diagnostic). A result
// keeps its id for as long as the diagnostics stay exactly the same, so a keystroke that moves no
// diagnostic is answered "unchanged" in a few bytes instead of the whole set (in the 1 MB bench
// document, 0.87 MB of JSON to encode here and to parse in the editor, on every keystroke).
// Closed documents are not kept here: they are pushed (diagnostics.ts).

export const PULL_IDENTIFIER = 'policy-lens';

interface Served {
  resultId: string;
  diagnostics: Diagnostic[];
  /** The corpus changed in a way that may change this set: compute it again at the next pull. */
  stale: boolean;
}

export class PulledDiagnostics {
  private readonly served = new Map<string, Served>();
  /** Result ids are unique to this server process, so ids a client kept from a crashed server never match. */
  private readonly idPrefix = randomBytes(4).toString('hex');
  private nextId = 0;

  /** A document opened: its first pull computes its set, unless `frozen` (checkOn manual), which starts it empty. */
  track(doc: string, frozen: boolean): void {
    this.served.set(doc, { resultId: this.newId(), diagnostics: [], stale: !frozen });
  }

  /** The document closed; returns whether the client was showing diagnostics for it. */
  forget(doc: string): boolean {
    const shown = (this.served.get(doc)?.diagnostics.length ?? 0) > 0;
    this.served.delete(doc);
    return shown;
  }

  /** The next pull of the document computes its set again (and answers "unchanged" if it comes out the same). */
  invalidate(doc: string): void {
    const served = this.served.get(doc);
    if (served) served.stale = true;
  }

  needsComputing(doc: string): boolean {
    return this.served.get(doc)?.stale ?? true;
  }

  /** Takes a freshly computed set; returns whether it differs from the one last served (it then gets a new id). */
  settle(doc: string, diagnostics: Diagnostic[]): boolean {
    const served = this.served.get(doc);
    if (served && sameDiagnostics(served.diagnostics, diagnostics)) {
      served.stale = false;
      return false;
    }
    this.served.set(doc, { resultId: this.newId(), diagnostics, stale: false });
    return true;
  }

  /** The answer to a pull, once the set is settled: "unchanged" when the client already has this result. */
  report(doc: string, previousResultId: string | undefined): DocumentDiagnosticReport {
    const served = this.served.get(doc);
    if (!served) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (previousResultId === served.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: served.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: served.resultId, items: served.diagnostics };
  }

  /** Open documents whose last pulled set is not empty. */
  showing(): string[] {
    return [...this.served].filter(([, served]) => served.diagnostics.length > 0).map(([doc]) => doc);
  }

  isShowing(doc: string): boolean {
    return (this.served.get(doc)?.diagnostics.length ?? 0) > 0;
  }

  private newId(): string {
    return `${this.idPrefix}:${++this.nextId}`;
  }
}

/**
 * Whether two sets would show the same in the editor: every field we fill (range, severity, code,
 * message, related information, the conflict in data), in order. Conflict diagnostics are sorted
 * by position and built in a fixed order, so an unchanged set compares equal item by item.
 */
function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameDiagnostic(a[i], b[i])) return false;
  return true;
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    sameRange(a.range, b.range) &&
    a.severity === b.severity &&
    a.code === b.code &&
    a.source === b.source &&
    a.message === b.message &&
    (a.data as ConflictDiagnosticData | undefined)?.conflictId === (b.data as ConflictDiagnosticData | undefined)?.conflictId &&
    sameRelated(a.relatedInformation ?? [], b.relatedInformation ?? [])
  );
}

function sameRelated(a: readonly DiagnosticRelatedInformation[], b: readonly DiagnosticRelatedInformation[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    // Entries for closed documents' claims are kept from one report to the next (diagnostics.ts):
    // the very same entry needs no comparing.
    if (a[i] === b[i]) continue;
    if (a[i].message !== b[i].message || a[i].location.uri !== b[i].location.uri || !sameRange(a[i].location.range, b[i].location.range)) return false;
  }
  return true;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
