import { describe, expect, it } from 'vitest';
import { configuredCeiling, HEAP_FILL_LIMIT, HeapCeiling, processHeap, type HeapCeilingSource } from '../../../server/src/lsp/heapCeiling';

const MB = 1024 * 1024;

/** A heap of 1,000 MB whose use, garbage and live bytes the test sets, counting the collections it is asked for. */
interface FakeHeap {
  usedMb: number;
  liveMb: number;
  collections: number;
  source: HeapCeilingSource;
}

function fakeHeap(): FakeHeap {
  const heap: FakeHeap = {
    usedMb: 0,
    liveMb: 0,
    collections: 0,
    source: {
      used: () => heap.usedMb * MB,
      limit: () => 1000 * MB,
      collect() {
        heap.collections++;
        heap.usedMb = heap.liveMb;
        return heap.liveMb * MB;
      },
    },
  };
  return heap;
}

const FILL_MB = 1000 * HEAP_FILL_LIMIT;

describe('the heap ceiling', () => {
  it('has room below the fill limit without collecting, however much of it is garbage', () => {
    const heap = fakeHeap();
    const ceiling = new HeapCeiling(heap.source);
    heap.usedMb = FILL_MB - 1;
    heap.liveMb = 10;
    expect(ceiling.full).toBe(false);
    expect(heap.collections).toBe(0);
  });

  it('collects once the used heap passes the fill limit, and has room when most of it was garbage', () => {
    const heap = fakeHeap();
    const ceiling = new HeapCeiling(heap.source);
    heap.usedMb = FILL_MB + 20;
    heap.liveMb = FILL_MB - 20;
    expect(ceiling.full).toBe(false);
    expect(heap.collections).toBe(1);
    // Past the limit again, but less than 5% of the ceiling above what was alive: no new collection.
    heap.usedMb = FILL_MB + 10;
    expect(ceiling.full).toBe(false);
    expect(heap.collections).toBe(1);
    heap.usedMb = FILL_MB + 60;
    expect(ceiling.full).toBe(false);
    expect(heap.collections).toBe(2);
  });

  /** A ceiling whose first look found the live heap past the fill limit, on a clock the test moves. */
  function foundFull() {
    const heap = fakeHeap();
    const clock = { now: 0 };
    const ceiling = new HeapCeiling(heap.source, HEAP_FILL_LIMIT, () => clock.now);
    heap.usedMb = FILL_MB + 50;
    heap.liveMb = FILL_MB + 5;
    expect(ceiling.full).toBe(true);
    return { heap, clock, ceiling };
  }

  it('is full when what is alive reaches the fill limit, and stays so without collecting at every question', () => {
    const { heap, clock, ceiling } = foundFull();
    clock.now += 1000;
    heap.usedMb = FILL_MB + 40;
    expect(ceiling.full).toBe(true);
    expect(heap.collections).toBe(1);
  });

  it('has room again once memory is freed (documents deleted), seen at once below the limit or at the next look above it', () => {
    const { heap, clock, ceiling } = foundFull();
    heap.usedMb = FILL_MB - 200;
    expect(ceiling.full).toBe(false);
    heap.usedMb = FILL_MB + 50;
    heap.liveMb = FILL_MB + 5;
    expect(ceiling.full).toBe(true);
    heap.liveMb = 300;
    heap.usedMb = FILL_MB + 50;
    expect(ceiling.full).toBe(true);
    clock.now += 60_000;
    expect(ceiling.full).toBe(false);
  });

  it('names its ceiling in MB, as the setting does', () => {
    expect(new HeapCeiling(fakeHeap().source).limitMb).toBe(1000);
  });

  it('takes the ceiling from the --max-old-space-size the server was started with, the last one winning', () => {
    expect(configuredCeiling(['--max-old-space-size=1024', '--no-parallel-scavenge'])).toBe(1024 * MB);
    expect(configuredCeiling(['--max-old-space-size=512', '--max_old_space_size=768'])).toBe(768 * MB);
    expect(configuredCeiling(['--inspect'])).toBeUndefined();
  });

  it('collects this process’s garbage for real: what is alive afterwards is no more than was in use', () => {
    let garbage: string[] | undefined = Array.from({ length: 20000 }, (_, i) => `garbage ${i} `.repeat(20));
    const used = processHeap.used();
    garbage = undefined;
    const live = processHeap.collect();
    expect(garbage).toBeUndefined();
    expect(live).toBeGreaterThan(0);
    expect(live).toBeLessThan(used);
    expect(processHeap.limit()).toBeGreaterThan(live);
  });
});
