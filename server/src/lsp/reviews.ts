import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../files/atomicWrite';

// Reviewed conflicts, kept in <workspace>/.policy-lens/reviews.json so a team can commit them.
// A review is stored under the conflict's location-agnostic fingerprint (subject, attribute and the
// set of values), so moving text keeps it and a new disagreeing source, which changes the
// fingerprint, brings the diagnostic back. The file is re-read before every write so edits made
// elsewhere (another window, a git pull) are merged rather than overwritten, and a file that does
// not parse is reported and left untouched: reviews are user data.

export interface ReviewEntry {
  fingerprint: string;
  subject: string;
  attribute: string;
  values: string[];
  reviewedAt: string;
}

export interface ReviewedConflict {
  id: string;
  subject: string;
  attribute: string;
  values: string[];
}

export class ReviewsUnavailableError extends Error {}

export class ReviewStore {
  /** Entries by fingerprint, each kept exactly as read (unknown fields survive a rewrite). */
  private entries = new Map<string, Record<string, unknown>>();
  private problemMessage: string | undefined;

  /** file is undefined when there is no workspace folder to keep reviews in. */
  constructor(readonly file: string | undefined) {}

  /** Why reviews cannot be written right now, if they cannot. */
  get problem(): string | undefined {
    if (!this.file) return 'no workspace folder is open, so reviews cannot be saved';
    return this.problemMessage;
  }

  /** (Re)reads the file. Returns a problem message when it exists but cannot be used. */
  load(): string | undefined {
    if (!this.file) return undefined;
    let raw: string;
    try {
      raw = readFileSync(this.file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      this.entries = new Map();
      this.problemMessage = code === 'ENOENT' ? undefined : `${this.file} cannot be read (${code ?? String(error)})`;
      return this.problemMessage;
    }
    const parsed = parseReviews(raw);
    if (typeof parsed === 'string') {
      this.entries = new Map();
      this.problemMessage = `${this.file} is not a valid reviews file (${parsed}); it will not be changed until it is fixed`;
    } else {
      this.entries = parsed;
      this.problemMessage = undefined;
    }
    return this.problemMessage;
  }

  isReviewed(fingerprint: string): boolean {
    return this.entries.has(fingerprint);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Marks or unmarks a conflict; returns whether anything changed. Throws ReviewsUnavailableError when the file cannot be written safely. */
  setReviewed(conflict: ReviewedConflict, reviewed: boolean, now = new Date()): boolean {
    if (!this.file) throw new ReviewsUnavailableError(this.problem);
    this.load();
    if (this.problemMessage) throw new ReviewsUnavailableError(this.problemMessage);
    if (reviewed === this.entries.has(conflict.id)) return false;
    // The change only takes effect once it is safely on disk.
    const next = new Map(this.entries);
    if (reviewed) {
      const entry: ReviewEntry = {
        fingerprint: conflict.id,
        subject: conflict.subject,
        attribute: conflict.attribute,
        values: [...conflict.values].sort(),
        reviewedAt: now.toISOString(),
      };
      next.set(conflict.id, { ...entry });
    } else {
      next.delete(conflict.id);
    }
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, serialiseReviews(next));
    this.entries = next;
    return true;
  }
}

function parseReviews(raw: string): Map<string, Record<string, unknown>> | string {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'expected an object';
  const { version, reviewed } = data as { version?: unknown; reviewed?: unknown };
  if (version !== 1) return `unsupported version ${JSON.stringify(version)}`;
  if (!Array.isArray(reviewed)) return '"reviewed" must be a list';
  const entries = new Map<string, Record<string, unknown>>();
  for (const [index, entry] of reviewed.entries()) {
    if (typeof entry !== 'object' || entry === null || typeof (entry as { fingerprint?: unknown }).fingerprint !== 'string') {
      return `entry ${index} has no fingerprint`;
    }
    entries.set((entry as { fingerprint: string }).fingerprint, entry as Record<string, unknown>);
  }
  return entries;
}

/** Pretty, stably ordered JSON so that the file diffs and merges well in git. */
function serialiseReviews(entries: Map<string, Record<string, unknown>>): string {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const reviewed = [...entries.values()].sort(
    (a, b) =>
      text(a.subject).localeCompare(text(b.subject)) ||
      text(a.attribute).localeCompare(text(b.attribute)) ||
      text(a.fingerprint).localeCompare(text(b.fingerprint)),
  );
  return `${JSON.stringify({ version: 1, reviewed }, null, 2)}\n`;
}
