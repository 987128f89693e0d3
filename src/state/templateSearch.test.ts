/**
 * The template search's bookkeeping with a stand-in worker client: one chunked request per
 * template on the search rows, ranked figures, Cancel after the current template, a stop when an
 * edit overtakes a request, and out-of-date marking.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultWorkspace } from '../core/defaults';
import { parseTemplate, templateKey } from '../core/template';
import type { PredictRequestFields, RuntimeInfo } from '../runtime/protocol';
import { useAppStore, type AppState } from './store';

type Request = PredictRequestFields & { chunked: boolean; priority: number[] };
type Answer = Awaited<ReturnType<typeof answer>> | { kind: 'superseded' };

const fake = vi.hoisted(() => ({
  requests: [] as Request[],
  /** Called before each answer: a test may cancel, edit, or answer superseded. */
  during: (() => undefined) as (k: number) => 'superseded' | undefined,
  predictAgain: vi.fn(),
}));

/** Every row right under a template with "Really" in it; every row "positive" otherwise. */
function answer(request: Request) {
  const right = templateKey(request.template).includes('Really');
  const gold = (text: string) => (/dull|boring|bad|awful|leave|empty|back/i.test(text) ? 1 : 0);
  const probs = request.examples.map((text) =>
    (right ? gold(text) : 0) === 0 ? [0.9, 0.1] : [0.1, 0.9],
  );
  return {
    kind: 'ok' as const,
    value: { examples: probs.map((p) => ({ probs: p, truncatedTokens: 0 })), contentFree: [] },
  };
}

vi.mock('./modelSync', () => ({
  workerClient: () => ({
    async predict(request: Request): Promise<Answer> {
      const k = fake.requests.push(request) - 1;
      await Promise.resolve();
      return fake.during(k) === 'superseded' ? { kind: 'superseded' } : answer(request);
    },
    cancelPredict: () => undefined,
  }),
  evaluationPredictFields: (state: AppState) => {
    const parsed = parseTemplate(state.template);
    return parsed.ok
      ? {
          template: parsed.segments,
          examples: [],
          classes: state.classes.map((c) => ({ name: c.name, words: [c.labelWords] })),
          selectedIndex: 0,
          labelWordsAfterSpace: true,
          tunedHead: null,
          contentFree: ['N/A', ''],
        }
      : null;
  },
  predictAgain: fake.predictAgain,
}));

const { cancelTemplateSearch, searchBasis, suggestTemplates, useTemplateSearch } =
  await import('./templateSearch');

beforeEach(() => {
  fake.requests.length = 0;
  fake.during = () => undefined;
  fake.predictAgain.mockClear();
  useAppStore.setState({
    ...defaultWorkspace(),
    dataset: null,
    model: {
      ...useAppStore.getState().model,
      active: { model: 'm', dtype: 'fp32' } as RuntimeInfo,
    },
  });
  useTemplateSearch.setState({ results: [], outcome: null, basis: null, task: 'all' });
});

describe('suggestTemplates', () => {
  it('scores each English single-text template once, chunked, on the labelled rows, best first', async () => {
    const outcome = await suggestTemplates();
    const { results, done, total } = useTemplateSearch.getState();
    expect(outcome?.kind).toBe('done');
    expect(fake.requests.length).toBe(total);
    expect(done).toBe(total);
    expect(fake.requests.every((r) => r.chunked && r.examples.length === 14)).toBe(true);
    // Calibration None: the content-free inputs are not run (only Contextual reads them).
    expect(fake.requests.every((r) => r.contentFree?.length === 0 && r.tunedHead === null)).toBe(
      true,
    );
    expect(results[0]).toMatchObject({ template: '{text} Really [MASK].', accuracy: 1 });
    expect(results[1]?.accuracy).toBe(0.5);
    expect(results.slice(1).map((r) => r.order)).toEqual(
      results
        .slice(1)
        .map((r) => r.order)
        .sort((a, b) => a - b),
    );
    expect(fake.predictAgain).toHaveBeenCalledTimes(1);
  });

  it('stops after the current template when cancelled', async () => {
    fake.during = (k) => {
      if (k === 1) cancelTemplateSearch();
      return undefined;
    };
    const outcome = await suggestTemplates();
    expect(outcome).toMatchObject({ kind: 'cancelled', done: 2 });
    expect(fake.requests).toHaveLength(2);
    expect(useTemplateSearch.getState().results).toHaveLength(2);
  });

  it('stops and says so when an edit overtakes it, and the figures are then out of date', async () => {
    fake.during = (k) => {
      if (k !== 2) return undefined;
      useAppStore.setState({ classes: [...useAppStore.getState().classes].reverse() });
      return 'superseded';
    };
    const outcome = await suggestTemplates();
    expect(outcome).toMatchObject({ kind: 'overtaken', done: 2 });
    const search = useTemplateSearch.getState();
    expect(search.running).toBe(false);
    expect(searchBasis(useAppStore.getState())).not.toBe(search.basis);
  });

  it('runs the content-free inputs only under contextual calibration, which reads them', async () => {
    useAppStore.setState({ calibration: 'contextual' });
    await suggestTemplates();
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests.every((r) => r.contentFree?.length === 2)).toBe(true);
    useAppStore.setState({ calibration: 'none' });
  });

  it('marks the figures out of date when the calibration or the rows change', async () => {
    await suggestTemplates();
    const { basis } = useTemplateSearch.getState();
    expect(searchBasis(useAppStore.getState())).toBe(basis);
    useAppStore.setState({ calibration: 'contextual' });
    expect(searchBasis(useAppStore.getState())).not.toBe(basis);
    useAppStore.setState({ calibration: 'none', examplesText: 'positive\tFine.' });
    expect(searchBasis(useAppStore.getState())).not.toBe(basis);
  });
});
