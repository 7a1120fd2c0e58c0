import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReviewStore, ReviewsUnavailableError } from '../../server/src/lsp/reviews';
import { corpusSelectionChanged, DEFAULT_SETTINGS, parseSettings } from '../../server/src/lsp/settings';

describe('settings from workspace/configuration', () => {
  it('falls back to the documented defaults', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ include: ['**/*.{txt,md}'], checkOn: 'type', severity: 'warning', maxFileSizeKB: 2048 });
  });

  it('reads nested sections as VS Code sends them, and dotted keys too', () => {
    const nested = parseSettings({ corpus: { include: ['**/*.md'] }, diagnostics: { severity: 'error' }, checkOn: 'save' });
    expect(nested).toMatchObject({ include: ['**/*.md'], severity: 'error', checkOn: 'save' });
    expect(parseSettings({ 'corpus.exclude': 'drafts/**' }).exclude).toEqual(['drafts/**']);
  });

  it('replaces only an invalid value by its default', () => {
    const settings = parseSettings({ checkOn: 'sometimes', maxFileSizeKB: -3, diagnostics: { severity: 'hint' } });
    expect(settings.checkOn).toBe('type');
    expect(settings.maxFileSizeKB).toBe(2048);
    expect(settings.severity).toBe('hint');
  });

  it('knows which changes need the workspace rescanned', () => {
    expect(corpusSelectionChanged(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, severity: 'error' })).toBe(false);
    expect(corpusSelectionChanged(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, exclude: [] })).toBe(true);
    expect(corpusSelectionChanged(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, maxFileSizeKB: 10 })).toBe(true);
  });
});

describe('the reviews file', () => {
  let folder: string;
  let file: string;
  const conflict = { id: 'fp-1', subject: 'org:circle', attribute: 'category', values: ['employee-owned co-operative', 'NOT employee-owned co-operative'] };

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'policy-lens-reviews-'));
    file = join(folder, '.policy-lens', 'reviews.json');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('records a review under the fingerprint, with subject, attribute, values and time, as pretty JSON', () => {
    const store = new ReviewStore(file);
    expect(store.load()).toBeUndefined();
    expect(store.setReviewed(conflict, true, new Date('2024-05-01T10:00:00Z'))).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      version: 1,
      reviewed: [{ fingerprint: 'fp-1', subject: 'org:circle', attribute: 'category', values: [...conflict.values].sort(), reviewedAt: '2024-05-01T10:00:00.000Z' }],
    });
    expect(store.isReviewed('fp-1')).toBe(true);
    expect(readdirSync(join(folder, '.policy-lens'))).toEqual(['reviews.json']);
  });

  it('merges reviews written by someone else meanwhile instead of overwriting them', () => {
    const store = new ReviewStore(file);
    store.load();
    mkdirSync(join(folder, '.policy-lens'));
    writeFileSync(file, JSON.stringify({ version: 1, reviewed: [{ fingerprint: 'fp-other', subject: 's', attribute: 'a', values: [], reviewedAt: 'x', note: 'kept' }] }));
    store.setReviewed(conflict, true);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    expect(stored.reviewed.map((entry: { fingerprint: string }) => entry.fingerprint).sort()).toEqual(['fp-1', 'fp-other']);
    expect(stored.reviewed.find((entry: { fingerprint: string }) => entry.fingerprint === 'fp-other').note).toBe('kept');
  });

  it('reports a malformed file and refuses to write over it', () => {
    mkdirSync(join(folder, '.policy-lens'));
    writeFileSync(file, '{"version": 1, "reviewed": [');
    const store = new ReviewStore(file);
    expect(store.load()).toMatch(/not a valid reviews file/);
    expect(() => store.setReviewed(conflict, true)).toThrow(ReviewsUnavailableError);
    expect(readFileSync(file, 'utf8')).toBe('{"version": 1, "reviewed": [');
  });

  it('reopening removes the entry, and repeating a state changes nothing', () => {
    const store = new ReviewStore(file);
    store.setReviewed(conflict, true);
    expect(store.setReviewed(conflict, true)).toBe(false);
    expect(store.setReviewed(conflict, false)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).reviewed).toEqual([]);
  });

  it('cannot save without a workspace folder, and says why', () => {
    const store = new ReviewStore(undefined);
    expect(() => store.setReviewed(conflict, true)).toThrow(/no workspace folder/);
  });
});
