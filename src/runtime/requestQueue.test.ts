import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RequestQueue } from './requestQueue';

type Request = { type: 'load' | 'predict'; id: number };

describe('RequestQueue', () => {
  it('runs requests in order and skips a predict that a newer predict overtook', async () => {
    const log: string[] = [];
    let release: () => void = () => {};
    const queue = new RequestQueue<Request>(
      async (r) => {
        log.push(`run ${r.id}`);
        if (r.id === 1) await new Promise<void>((resolve) => (release = resolve));
      },
      (r) => log.push(`skip ${r.id}`),
      (r) => r.type === 'predict',
    );
    const done = queue.push({ type: 'predict', id: 1 });
    void queue.push({ type: 'predict', id: 2 });
    void queue.push({ type: 'load', id: 3 });
    void queue.push({ type: 'predict', id: 4 });
    release();
    await done;
    expect(log).toEqual(['run 1', 'skip 2', 'run 3', 'run 4']);
  });

  it('lets a running predict see that a newer one arrived, and stop between its chunks', async () => {
    const log: string[] = [];
    let nextChunk: () => void = () => {};
    const queue = new RequestQueue<Request>(
      async (r, overtaken) => {
        // Request 1 runs three chunks, checking between them; the others finish at once.
        for (let chunk = 0; r.id === 1 && chunk < 3; chunk++) {
          await new Promise<void>((resolve) => (nextChunk = resolve));
          if (overtaken()) {
            log.push(`superseded ${r.id} after chunk ${chunk}`);
            return;
          }
        }
        log.push(`done ${r.id}`);
      },
      (r) => log.push(`skip ${r.id}`),
      (r) => r.type === 'predict',
    );
    const done = queue.push({ type: 'predict', id: 1 });
    nextChunk();
    await Promise.resolve();
    void queue.push({ type: 'predict', id: 2 });
    void queue.push({ type: 'predict', id: 3 });
    nextChunk();
    await done;
    expect(log).toEqual(['superseded 1 after chunk 1', 'skip 2', 'done 3']);
  });

  it('answers every request exactly once, whatever arrives while it runs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            type: fc.constantFrom('load' as const, 'predict' as const),
            chunks: fc.integer({ min: 0, max: 3 }),
          }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }),
        async (requests, arrivals) => {
          const answers = new Map<number, number>();
          const completed = new Set<number>();
          const answer = (id: number) => answers.set(id, (answers.get(id) ?? 0) + 1);
          const queue = new RequestQueue<Request & { chunks: number }>(
            async (r, overtaken) => {
              for (let c = 0; c < r.chunks; c++) {
                await Promise.resolve();
                if (overtaken()) {
                  answer(r.id);
                  return;
                }
              }
              completed.add(r.id);
              answer(r.id);
            },
            (r) => answer(r.id),
            (r) => r.type === 'predict',
          );
          const runs: Array<Promise<void>> = [];
          for (const [id, r] of requests.entries()) {
            runs.push(queue.push({ ...r, id }));
            // Let the queue run a few steps before the next request arrives.
            for (let k = 0; k < (arrivals[id] ?? 0); k++) await Promise.resolve();
          }
          await Promise.all(runs);
          expect([...answers.keys()].sort((a, b) => a - b)).toEqual(requests.map((_, i) => i));
          expect([...answers.values()].every((n) => n === 1)).toBe(true);
          // The newest predict always runs to the end; loads are never dropped.
          const lastPredict = requests.map((r) => r.type).lastIndexOf('predict');
          if (lastPredict >= 0) expect(completed.has(lastPredict)).toBe(true);
          requests.forEach((r, id) => r.type === 'load' && expect(completed.has(id)).toBe(true));
        },
      ),
    );
  });
});
