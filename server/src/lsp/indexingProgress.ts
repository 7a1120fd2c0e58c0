import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';

// Indexing progress in the editor's own progress UI ($/progress): "Indexing 3,412/10,000", begun
// when a load starts and ended when it finishes or is superseded. Reports are throttled; clients
// without work-done progress get nothing here (the status notification still carries the counts).

const REPORT_INTERVAL_MS = 100;
const numberFormat = new Intl.NumberFormat('en-GB');

export function indexingMessage(indexed: number, total: number): string {
  return `Indexing ${numberFormat.format(indexed)}/${numberFormat.format(total)}`;
}

export class IndexingProgress {
  private reporter: Promise<WorkDoneProgressServerReporter | undefined> | undefined;
  private lastReportAt = 0;

  constructor(private readonly connection: Connection) {}

  report(indexed: number, total: number): void {
    const now = Date.now();
    if (!this.reporter) {
      this.reporter = this.connection.window.createWorkDoneProgress().then(
        (reporter) => {
          reporter.begin('Policy Lens', 0, indexingMessage(indexed, total), false);
          return reporter;
        },
        () => undefined,
      );
      this.lastReportAt = now;
      return;
    }
    if (indexed < total && now - this.lastReportAt < REPORT_INTERVAL_MS) return;
    this.lastReportAt = now;
    const percentage = total === 0 ? 100 : Math.floor((indexed / total) * 100);
    void this.reporter.then((reporter) => reporter?.report(percentage, indexingMessage(indexed, total)));
  }

  done(): void {
    const reporter = this.reporter;
    this.reporter = undefined;
    void reporter?.then((open) => open?.done());
  }
}
