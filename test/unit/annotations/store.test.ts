import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withBodies } from '../../../server/src/engine/annotations/model';
import { annotationToJson, parseCollection } from '../../../server/src/engine/annotations/w3c';
import { AnnotationStore, StoreWriteError, UnsafePathError } from '../../../server/src/files/annotationStore';
import { writeFileAtomic } from '../../../server/src/files/atomicWrite';
import { FaultyFs } from './faultyFs';
import { annotate, at } from './helpers';

const DOC = 'seeds/000_report.txt';
const TEXT = 'The King\u2019s Fund said Circle Health Partnership had 770 staff in 2012.';

let root: string;
const storeFile = () => join(root, '.policy-lens/annotations/seeds/000_report.txt.jsonld');
const storeDir = () => dirname(storeFile());
const kingsFund = () => annotate(TEXT, 'The King\u2019s Fund', undefined, { source: DOC });
const circle = () => annotate(TEXT, 'Circle Health Partnership', undefined, { source: DOC });
const staff = () => annotate(TEXT, '770 staff', [{ kind: 'entity-tag', entityType: 'quantity' }], { source: DOC });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'policy-lens-store-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('saving and loading a document\u2019s annotations', () => {
  it('writes one W3C collection per document under .policy-lens/annotations and reads it back', () => {
    const store = new AnnotationStore({ workspaceRoot: root });
    const a = kingsFund();
    store.put(DOC, a);
    expect(store.save(DOC)).toEqual({ kind: 'saved', path: storeFile() });
    const onDisk = JSON.parse(readFileSync(storeFile(), 'utf8'));
    expect(onDisk.type).toBe('AnnotationCollection');
    expect(onDisk.first.items[0].id).toBe(a.id);

    const reopened = new AnnotationStore({ workspaceRoot: root });
    expect(reopened.annotations(DOC)).toEqual([a]);
    expect(reopened.listStoredDocuments()).toEqual([DOC]);
  });

  it('does not rewrite the file when nothing changed', () => {
    const store = new AnnotationStore({ workspaceRoot: root });
    store.put(DOC, kingsFund());
    store.save(DOC);
    expect(store.save(DOC)).toEqual({ kind: 'unchanged' });
  });

  it('keeps items it cannot read and writes them back on the next save', () => {
    mkdirSync(storeDir(), { recursive: true });
    const foreign = { type: 'Annotation', id: 'urn:other', target: 'https://example.org/elsewhere' };
    writeFileSync(storeFile(), JSON.stringify({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [foreign] } }));
    const store = new AnnotationStore({ workspaceRoot: root });
    expect(store.status(DOC).foreignItemCount).toBe(1);
    store.put(DOC, kingsFund());
    store.save(DOC);
    expect(JSON.parse(readFileSync(storeFile(), 'utf8')).first.items).toContainEqual(foreign);
  });
});

describe('a malformed store file', () => {
  const MALFORMED = '{\n  "type": "AnnotationCollection",\n<<<<<<< HEAD\n  "first": {}\n';

  beforeEach(() => {
    mkdirSync(storeDir(), { recursive: true });
    writeFileSync(storeFile(), MALFORMED);
  });

  it('is reported with its path, the parse error and its raw text', () => {
    const store = new AnnotationStore({ workspaceRoot: root });
    const { unreadable } = store.status(DOC);
    expect(unreadable?.path).toBe(storeFile());
    expect(unreadable?.error).toMatch(/not valid JSON/);
    expect(unreadable?.raw).toBe(MALFORMED);
  });

  it('is never overwritten: new annotations go to a side file', () => {
    const store = new AnnotationStore({ workspaceRoot: root });
    store.put(DOC, kingsFund());
    const outcome = store.save(DOC);
    expect(outcome).toEqual({ kind: 'saved-to-side-file', path: `${storeFile()}.pending-1.jsonld` });
    expect(readFileSync(storeFile(), 'utf8')).toBe(MALFORMED);
    expect(parseCollection(readFileSync(`${storeFile()}.pending-1.jsonld`, 'utf8')).records).toHaveLength(1);
    expect(store.status(DOC).unsaved).toBe(true);
  });

  it('has its side file merged back and removed once it is readable again', () => {
    const first = new AnnotationStore({ workspaceRoot: root });
    const a = kingsFund();
    first.put(DOC, a);
    first.save(DOC);

    // The researcher fixes the file by hand (keeping one annotation of their own).
    const b = circle();
    writeFileAtomic(storeFile(), JSON.stringify({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [annotationToJson(b)] } }));

    // A new session finds main file and side file, merges, and saves once.
    const second = new AnnotationStore({ workspaceRoot: root });
    expect(second.annotations(DOC).map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect(second.save(DOC)).toEqual({ kind: 'saved', path: storeFile() });
    expect(existsSync(`${storeFile()}.pending-1.jsonld`)).toBe(false);
    expect(parseCollection(readFileSync(storeFile(), 'utf8')).records.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('is merged back in the same session when the fix is noticed by a reload', () => {
    const store = new AnnotationStore({ workspaceRoot: root });
    const a = kingsFund();
    store.put(DOC, a);
    store.save(DOC);
    writeFileSync(storeFile(), JSON.stringify({ type: 'AnnotationCollection' }));
    expect(store.reloadIfChanged(DOC)).toBe(false);
    expect(store.status(DOC).unreadable).toBeUndefined();
    expect(store.save(DOC).kind).toBe('saved');
    expect(parseCollection(readFileSync(storeFile(), 'utf8')).records.map((r) => r.id)).toEqual([a.id]);
    expect(readdirSync(storeDir()).filter((n) => n.includes('pending'))).toEqual([]);
  });

  it('uses the next side file when the first side file is itself unreadable', () => {
    writeFileSync(`${storeFile()}.pending-1.jsonld`, 'not json');
    const store = new AnnotationStore({ workspaceRoot: root });
    expect(store.status(DOC).unreadablePending[0].path).toBe(`${storeFile()}.pending-1.jsonld`);
    store.put(DOC, kingsFund());
    expect(store.save(DOC)).toEqual({ kind: 'saved-to-side-file', path: `${storeFile()}.pending-2.jsonld` });
    expect(readFileSync(`${storeFile()}.pending-1.jsonld`, 'utf8')).toBe('not json');
  });
});

describe('a save that is interrupted', () => {
  const OLD = 'old version\n';
  const NEW = 'new version, longer than the old one\n';

  function prepare(): string {
    const target = join(root, 'file.jsonld');
    writeFileSync(target, OLD);
    return target;
  }

  for (const [method, nth] of [['openSync', 1], ['writeSync', 1], ['fsyncSync', 1], ['closeSync', 1], ['renameSync', 1]] as const) {
    it(`leaves the old file whole when ${method} fails`, () => {
      const target = prepare();
      const faulty = new FaultyFs().fail({ method, nth, code: 'EIO' });
      expect(() => writeFileAtomic(target, NEW, faulty.fs)).toThrow(/EIO/);
      expect(readFileSync(target, 'utf8')).toBe(OLD);
      expect(readdirSync(root)).toEqual(['file.jsonld']); // the temporary file was cleaned up
    });
  }

  it('has the new file whole when only flushing the directory fails', () => {
    const target = prepare();
    const faulty = new FaultyFs().fail({ method: 'fsyncSync', nth: 2, code: 'EINVAL' });
    writeFileAtomic(target, NEW, faulty.fs);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
  });

  it('leaves the old file whole when the process dies with no chance to clean up', () => {
    const target = prepare();
    // Crash: the failing call and every cleanup call fail.
    const faulty = new FaultyFs()
      .fail({ method: 'fsyncSync', code: 'EIO' })
      .fail({ method: 'unlinkSync', code: 'EIO' })
      .fail({ method: 'closeSync', code: 'EIO' });
    expect(() => writeFileAtomic(target, NEW, faulty.fs)).toThrow();
    expect(readFileSync(target, 'utf8')).toBe(OLD);
  });

  const fixture = resolve(__dirname, '../../fixtures/annotations/killDuringWrite.ts');
  for (const step of ['open', 'write', 'fsync', 'close', 'rename', 'after-rename']) {
    it(`leaves the old or the new file whole when the writer is killed (SIGKILL) at "${step}"`, () => {
      const target = prepare();
      const result = spawnSync(process.execPath, ['--import', 'tsx', fixture, target, NEW, step], { cwd: resolve(__dirname, '../../..') });
      expect(result.signal).toBe('SIGKILL');
      const content = readFileSync(target, 'utf8');
      expect(step === 'after-rename' ? NEW : OLD).toBe(content);
      // The store ignores any temporary file the dead writer left behind.
      const store = new AnnotationStore({ workspaceRoot: root });
      expect(store.listStoredDocuments()).toEqual([]);
    });
  }

  it('keeps a store readable after a killed save of the store itself', () => {
    const store = new AnnotationStore({ workspaceRoot: root });
    const a = kingsFund();
    store.put(DOC, a);
    store.save(DOC);
    const before = readFileSync(storeFile(), 'utf8');
    const faulty = new FaultyFs().fail({ method: 'renameSync', code: 'EIO' }).fail({ method: 'unlinkSync', code: 'EIO' });
    const crashing = new AnnotationStore({ workspaceRoot: root, fs: faulty.fs });
    crashing.put(DOC, circle());
    expect(() => crashing.save(DOC)).toThrow(StoreWriteError);
    expect(readFileSync(storeFile(), 'utf8')).toBe(before);
    expect(readdirSync(storeDir()).some((n) => n.includes('.tmp-'))).toBe(true); // the crash left its temporary file
    const fresh = new AnnotationStore({ workspaceRoot: root });
    expect(fresh.annotations(DOC)).toEqual([a]);
    expect(fresh.listStoredDocuments()).toEqual([DOC]);
  });
});

describe('a disk that refuses the write', () => {
  for (const [code, failure, words] of [
    ['ENOSPC', 'disk-full', /disk is full/],
    ['EROFS', 'read-only', /read-only/],
    ['EACCES', 'permission-denied', /permission denied/],
  ] as const) {
    it(`fails the save with a typed ${failure} error and keeps the annotations for a retry (${code})`, () => {
      const faulty = new FaultyFs().fail({ method: code === 'ENOSPC' ? 'writeSync' : 'openSync', code });
      const store = new AnnotationStore({ workspaceRoot: root, fs: faulty.fs });
      const a = kingsFund();
      store.put(DOC, a);
      let error: unknown;
      try {
        store.save(DOC);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StoreWriteError);
      expect((error as StoreWriteError).failure).toBe(failure);
      expect((error as StoreWriteError).message).toMatch(words);
      expect((error as StoreWriteError).message).toMatch(/kept in memory/);
      expect(store.annotations(DOC)).toEqual([a]);
      expect(store.status(DOC)).toMatchObject({ unsaved: true, lastError: error });
      expect(store.unsavedDocuments()).toEqual([DOC]);

      faulty.heal();
      expect(store.saveAll()).toEqual([]);
      expect(store.status(DOC).unsaved).toBe(false);
      expect(store.status(DOC).lastError).toBeUndefined();
      expect(new AnnotationStore({ workspaceRoot: root }).annotations(DOC)).toEqual([a]);
    });
  }
});

describe('two writers on one store (two windows, or a git pull under an open editor)', () => {
  it('merges both sets of additions without losing any', () => {
    const one = new AnnotationStore({ workspaceRoot: root });
    const two = new AnnotationStore({ workspaceRoot: root });
    expect(one.annotations(DOC)).toEqual([]);
    expect(two.annotations(DOC)).toEqual([]);
    const a = kingsFund();
    const b = circle();
    one.put(DOC, a);
    two.put(DOC, b);
    one.save(DOC);
    two.save(DOC); // reloads first and merges one's write
    expect(one.reloadIfChanged(DOC)).toBe(true);
    const expected = [a.id, b.id].sort();
    expect(one.annotations(DOC).map((r) => r.id).sort()).toEqual(expected);
    expect(parseCollection(readFileSync(storeFile(), 'utf8')).records.map((r) => r.id).sort()).toEqual(expected);
  });

  it('keeps unsaved local edits when the file changes underneath', () => {
    const one = new AnnotationStore({ workspaceRoot: root });
    const a = kingsFund();
    one.put(DOC, a);
    one.save(DOC);
    const two = new AnnotationStore({ workspaceRoot: root });
    two.put(DOC, withBodies(a, [{ kind: 'note', text: 'theirs' }], { now: at('2024-06-01T00:00:00Z') }));
    two.save(DOC);

    const mine = circle();
    one.put(DOC, mine); // not saved yet
    expect(one.reloadIfChanged(DOC)).toBe(true);
    expect(one.get(DOC, mine.id)).toEqual(mine);
    expect(one.get(DOC, a.id)?.bodies).toEqual([{ kind: 'note', text: 'theirs' }]);
    expect(one.status(DOC).unsaved).toBe(true);
  });

  it('propagates a deletion and does not resurrect it', () => {
    const one = new AnnotationStore({ workspaceRoot: root });
    const a = kingsFund();
    const b = circle();
    one.put(DOC, a);
    one.put(DOC, b);
    one.save(DOC);
    const two = new AnnotationStore({ workspaceRoot: root });
    two.delete(DOC, a.id);
    two.save(DOC);
    one.put(DOC, staff());
    one.save(DOC);
    expect(one.get(DOC, a.id)).toBeUndefined();
    expect(two.reloadIfChanged(DOC)).toBe(true);
    expect(two.get(DOC, a.id)).toBeUndefined();
    expect(two.annotations(DOC)).toHaveLength(2);
  });

  it('notices nothing when the file was only touched', () => {
    const store = new AnnotationStore({ workspaceRoot: root });
    store.put(DOC, kingsFund());
    store.save(DOC);
    execFileSync('touch', ['-d', '2030-01-01', storeFile()]);
    expect(store.reloadIfChanged(DOC)).toBe(false);
  });
});

describe('paths that would leave the workspace', () => {
  it('refuses "..", absolute paths and empty segments', () => {
    const store = new AnnotationStore({ workspaceRoot: root });
    for (const bad of ['../outside.txt', 'seeds/../../x.txt', '/etc/passwd', 'C:\\Windows\\x.txt', 'a//b.txt', './a.txt', '']) {
      expect(() => store.storePathFor(bad), bad).toThrow(UnsafePathError);
    }
    expect(() => store.annotations('../x.txt')).toThrow(UnsafePathError);
  });

  it('refuses a store directory that is a symbolic link to somewhere outside', () => {
    const outside = mkdtempSync(join(tmpdir(), 'policy-lens-outside-'));
    try {
      symlinkSync(outside, join(root, '.policy-lens'));
      const store = new AnnotationStore({ workspaceRoot: root });
      expect(() => store.storePathFor(DOC)).toThrow(/resolves outside the workspace/);
      expect(() => store.put(DOC, kingsFund())).toThrow(UnsafePathError);
      expect(readdirSync(outside)).toEqual([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses a store file that is a symbolic link to a file outside', () => {
    const outside = mkdtempSync(join(tmpdir(), 'policy-lens-outside-'));
    try {
      writeFileSync(join(outside, 'secret'), 'do not touch');
      mkdirSync(storeDir(), { recursive: true });
      symlinkSync(join(outside, 'secret'), storeFile());
      const store = new AnnotationStore({ workspaceRoot: root });
      expect(() => store.annotations(DOC)).toThrow(UnsafePathError);
      expect(readFileSync(join(outside, 'secret'), 'utf8')).toBe('do not touch');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('accepts a symbolic link that stays inside the workspace', () => {
    mkdirSync(join(root, 'real-store'));
    symlinkSync(join(root, 'real-store'), join(root, '.policy-lens'));
    const store = new AnnotationStore({ workspaceRoot: root });
    store.put(DOC, kingsFund());
    expect(store.save(DOC).kind).toBe('saved');
  });
});
