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
});
