import type { Connection } from 'vscode-languageserver';
import { showNotice } from './notices';
import { pathOfUri } from './uris';
import { CorpusChangedNotification, StatusNotification, type CorpusChangedParams, type StatusParams } from '../protocol';

// What the server tells the client about itself: indexing progress and counts for the status bar
// (policyLens/status), the files it had to skip, and a debounced policyLens/corpusChanged so the
// side panel refreshes once per burst of changes rather than per keystroke or per file.

const PROGRESS_INTERVAL_MS = 100;
const CHANGE_DEBOUNCE_MS = 150;
const MAX_LISTED_URIS = 100;

export interface Counts {
  entities: number;
  conflicts: number;
}

export class StatusReporter {
  private state: 'indexing' | 'ready' = 'indexing';
  private indexed = 0;
  private total = 0;
  private lastProgressAt = 0;
  private readonly skipped = new Map<string, string>();
  private readonly announcedSkips = new Set<string>();
  /** Files not read for want of memory (heapCeiling.ts). */
  private readonly heldBack = new Set<string>();
  private heldBackReason = '';
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private changedUris = new Set<string>();
  private changeReason: CorpusChangedParams['reason'] | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly counts: () => Counts,
  ) {}

  get isReady(): boolean {
    return this.state === 'ready';
  }

  indexing(indexed: number, total: number): void {
    this.state = 'indexing';
    this.indexed = indexed;
    this.total = total;
    const now = Date.now();
    if (indexed === 0 || indexed === total || now - this.lastProgressAt >= PROGRESS_INTERVAL_MS) {
      this.lastProgressAt = now;
      this.send();
    }
  }

  ready(total: number): void {
    this.state = 'ready';
    this.indexed = total;
    this.total = total;
    this.send();
  }

  /** A file left out of the corpus: listed in every status, and shown to the user once. */
  skip(uri: string, reason: string): void {
    this.skipped.set(uri, reason);
    if (this.announcedSkips.has(uri)) return;
    this.announcedSkips.add(uri);
    showNotice(this.connection, 'warning', `Policy Lens skipped ${pathOfUri(uri) ?? uri}: ${reason}`);
  }

  /** The file can be read again (or is gone): it is no longer reported as skipped. */
  unskip(uri: string): void {
    this.skipped.delete(uri);
    this.announcedSkips.delete(uri);
    this.heldBack.delete(uri);
  }

  /**
   * Files left unread because the server's memory is nearly full. They can number thousands, so the
   * status carries their count, not their names, and the user is told once per batch, not per file.
   */
  holdBack(uris: readonly string[], reason: string): void {
    const fresh = uris.filter((uri) => !this.heldBack.has(uri));
    if (fresh.length === 0) return;
    // Files created one by one while memory stays full only update the count.
    const tell = this.heldBack.size === 0 || fresh.length > 1;
    for (const uri of fresh) this.heldBack.add(uri);
    this.heldBackReason = reason;
    if (tell) showNotice(this.connection, 'warning', `Policy Lens left ${count(fresh.length)} out of the corpus: ${reason}`);
    this.send();
  }

  /** Debounced: views refresh and the status bar counts update once the burst is over. */
  corpusChanged(reason: CorpusChangedParams['reason'], uris: Iterable<string> = []): void {
    for (const uri of uris) this.changedUris.add(uri);
    this.changeReason = this.changeReason === undefined || this.changeReason === reason ? reason : 'all';
    if (this.changeTimer !== undefined) clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.flushChange(), CHANGE_DEBOUNCE_MS);
  }

  dispose(): void {
    if (this.changeTimer !== undefined) clearTimeout(this.changeTimer);
  }

  private flushChange(): void {
    this.changeTimer = undefined;
    const params: CorpusChangedParams = { reason: this.changeReason ?? 'all' };
    if (this.changedUris.size > 0 && this.changedUris.size <= MAX_LISTED_URIS && params.reason === 'documents') {
      params.uris = [...this.changedUris];
    }
    this.changedUris = new Set();
    this.changeReason = undefined;
    void this.connection.sendNotification(CorpusChangedNotification, params);
    if (this.state === 'ready') this.send();
  }

  private send(): void {
    const counts = this.state === 'ready' ? this.counts() : { entities: 0, conflicts: 0 };
    const params: StatusParams = {
      state: this.state,
      indexed: this.indexed,
      total: this.total,
      entities: counts.entities,
      conflicts: counts.conflicts,
      skipped: [...this.skipped].map(([uri, reason]) => ({ uri, reason })),
      ...(this.heldBack.size > 0 ? { heldBack: { files: this.heldBack.size, reason: this.heldBackReason } } : {}),
    };
    void this.connection.sendNotification(StatusNotification, params);
  }
}

function count(files: number): string {
  return `${files.toLocaleString('en-GB')} ${files === 1 ? 'file' : 'files'}`;
}
