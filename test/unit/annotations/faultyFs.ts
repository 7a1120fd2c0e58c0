// A real file system with one call made to fail: the way the store tests inject a full disk, a
// read-only mount or a crash at a given step of a save.

import * as fs from 'node:fs';
import type { StoreFs } from '../../../server/src/files/annotationStore';

export type FsMethod = keyof StoreFs;

export interface Fault {
  method: FsMethod;
  /** Fail only calls whose first argument (a path) matches; calls on descriptors always match. */
  path?: RegExp;
  /** Fail the n-th matching call (1-based); every matching call when omitted. */
  nth?: number;
  code: string;
}

export class FaultyFs {
  faults: Fault[] = [];
  private counts = new Map<Fault, number>();

  readonly fs: StoreFs;

  constructor() {
    const real = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
    const wrapped: Record<string, unknown> = {};
    const methods: FsMethod[] = [
      'openSync', 'writeSync', 'fsyncSync', 'closeSync', 'renameSync', 'unlinkSync',
      'readFileSync', 'statSync', 'lstatSync', 'realpathSync', 'readdirSync', 'mkdirSync',
    ];
    for (const method of methods) {
      wrapped[method] = (...args: unknown[]) => {
        for (const fault of this.faults) {
          if (fault.method !== method) continue;
          if (fault.path && typeof args[0] === 'string' && !fault.path.test(args[0])) continue;
          const count = (this.counts.get(fault) ?? 0) + 1;
          this.counts.set(fault, count);
          if (fault.nth === undefined || fault.nth === count) {
            throw Object.assign(new Error(`${fault.code}: injected failure in ${method}`), { code: fault.code });
          }
        }
        return real[method](...args);
      };
    }
    this.fs = wrapped as unknown as StoreFs;
  }

  fail(fault: Fault): this {
    this.faults.push(fault);
    return this;
  }

  heal(): void {
    this.faults = [];
    this.counts.clear();
  }
}
