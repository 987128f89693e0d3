import { describe, expect, it } from 'vitest';
import { CurrentModel, type ReleasableModel } from './currentModel';

/** A model that counts its releases. */
function model(name: string): ReleasableModel<string> & { releases: number } {
  const m = {
    runner: name,
    releases: 0,
    release: async () => {
      m.releases++;
    },
  };
  return m;
}

/** A promise and the function that settles it. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the current model', () => {
  it('runs nothing before a model is loaded', () => {
    const models = new CurrentModel<string>();
    expect(models.loaded).toBe(false);
    expect(models.use(async (runner) => runner)).toBeNull();
  });

  it('releases a replaced model at once when nothing uses it', async () => {
    const models = new CurrentModel<string>();
    const a = model('a');
    const b = model('b');
    models.replace(a);
    models.replace(b);
    await tick();
    expect(a.releases).toBe(1);
    expect(b.releases).toBe(0);
    expect(await models.use(async (runner) => runner)).toBe('b');
  });

  it('keeps a replaced model until the task that started with it settles, then releases it once', async () => {
    const models = new CurrentModel<string>();
    const a = model('a');
    models.replace(a);
    const gate = deferred<void>();
    const running = models.use(async (runner) => {
      await gate.promise;
      return runner;
    });
    models.replace(model('b'));
    await tick();
    expect(a.releases).toBe(0);
    gate.resolve();
    expect(await running).toBe('a');
    await tick();
    expect(a.releases).toBe(1);
    models.replace(model('c'));
    await tick();
    expect(a.releases).toBe(1);
  });

  it('releases a replaced model also when the task using it fails', async () => {
    const models = new CurrentModel<string>();
    const a = model('a');
    models.replace(a);
    const failing = models.use(async () => {
      await tick();
      throw new Error('run failed');
    });
    models.replace(model('b'));
    await expect(failing).rejects.toThrow('run failed');
    await tick();
    expect(a.releases).toBe(1);
  });

  it('reports a release that fails instead of throwing it', async () => {
    const errors: unknown[] = [];
    const models = new CurrentModel<string>((error) => errors.push(error));
    models.replace({ runner: 'a', release: () => Promise.reject(new Error('busy')) });
    models.replace(model('b'));
    await tick();
    expect(errors).toHaveLength(1);
  });
});
