/**
 * The refinement's bridge to the worker, with a fake worker client: it finds an edit that helps,
 * checks the result on the held-out rows when a training sample is set (else on all rows, said
 * so), stops when an edit overtakes it or on Cancel, and hands the worker back to the table.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PredictRequestFields, RuntimeInfo } from '../runtime/protocol';
import { exampleKeys, parseExamples } from '../core/examples';
import { templateKey } from '../core/template';
import { useAppStore } from './store';

/**
 * A fake model: with the word "truly" in the template it gets every row right ("yes …" rows are
 * positive); otherwise it calls everything positive.
 */
const fake = {
  predictCalls: 0,
  onPredict: (): void => undefined,
  predict: vi.fn((request: PredictRequestFields) => {
    fake.predictCalls++;
    fake.onPredict();
    const truly = templateKey(request.template).includes('truly');
    const probs = (text: string) => (truly && !text.startsWith('yes') ? [0.2, 0.8] : [0.7, 0.3]);
    return Promise.resolve({
      kind: 'ok' as const,
      id: fake.predictCalls,
      value: {
        examples: request.examples.map((t) => ({ probs: probs(t), truncatedTokens: 0 })),
        contentFree: (request.contentFree ?? []).map(() => [0.9, 0.1]),
      },
    });
  }),
  slotCandidates: vi.fn(() => Promise.resolve({ kind: 'ok' as const, value: ['truly', 'maybe'] })),
};
const predictAgain = vi.fn();

vi.mock('./modelSync', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./modelSync')>()),
  workerClient: () => fake,
  predictAgain: () => predictAgain(),
}));

const { adoptRefinedTemplate, cancelRefine, refineCurrentTemplate, useRefineStore } =
  await import('./templateRefine');

const EXAMPLES = [
  'positive\tyes one',
  'negative\tno two',
  'positive\tyes three',
  'negative\tno four',
  'negative\tno five',
  'negative\tno six',
].join('\n');

beforeEach(() => {
  fake.predictCalls = 0;
  fake.predict.mockClear();
  fake.onPredict = () => undefined;
  predictAgain.mockClear();
  useRefineStore.setState({ phase: 'idle' }, true);
  useAppStore.setState({
    template: '{text} It was [MASK].',
    examplesText: EXAMPLES,
    calibration: 'none',
    model: { ...useAppStore.getState().model, active: { model: 'fake' } as RuntimeInfo },
    tuning: { ...useAppStore.getState().tuning, head: null },
  });
});

function result() {
  const state = useRefineStore.getState();
  if (state.phase !== 'done') throw new Error(`not done: ${JSON.stringify(state)}`);
  return state.result;
}

describe('refineCurrentTemplate', () => {
  it('keeps an edit that helps, checks on all rows when none are held out, then predicts again', async () => {
    await refineCurrentTemplate();
    const { steps, end, check, trainRows } = result();
    expect(steps.map((s) => s.accuracy)).toEqual([2 / 6, 1]);
    expect(steps[1]?.edit?.to).toBe('truly');
    expect(end).toBe('noImprovement');
    expect(trainRows).toBe(6);
    expect(check).toEqual({ rows: 'allEvaluation', count: 6, start: 2 / 6, refined: 1 });
    expect(predictAgain).toHaveBeenCalledTimes(1);
    adoptRefinedTemplate();
    expect(useAppStore.getState().template).toBe(steps[1]?.template);
  });

  it('searches the training sample only and checks on the rows it did not see', async () => {
    const examples = parseExamples(EXAMPLES);
    const keys = exampleKeys(examples);
    const head = { trainKeys: [keys[0], keys[1]] } as never;
    useAppStore.setState({ tuning: { ...useAppStore.getState().tuning, head } });
    await refineCurrentTemplate();
    expect(result().trainRows).toBe(2);
    expect(result().check).toEqual({ rows: 'heldOut', count: 4, start: 1 / 4, refined: 1 });
  });

  it('stops and says so when an edit comes while it runs', async () => {
    fake.onPredict = () => {
      if (fake.predictCalls === 2) useAppStore.setState({ template: '{text} Edited [MASK].' });
    };
    await refineCurrentTemplate();
    expect(result().end).toBe('overtaken');
    expect(fake.predictCalls).toBe(2); // nothing scored after the edit
    expect(result().check).toBeNull();
    expect(predictAgain).toHaveBeenCalledTimes(1);
  });

  it('scores with the workspace’s calibration, asking for content-free inputs only when used', async () => {
    await refineCurrentTemplate();
    expect(fake.predict.mock.calls.every(([r]) => (r.contentFree ?? []).length === 0)).toBe(true);
    useAppStore.setState({ calibration: 'contextual' });
    await refineCurrentTemplate();
    // Divided by the content-free prior (0.9, 0.1), every row turns negative: 4 of 6 right.
    expect(result().steps[0]?.accuracy).toBe(4 / 6);
    expect(result().calibration).toBe('contextual');
  });

  it('stops on Cancel, keeping the trajectory so far', async () => {
    fake.onPredict = () => {
      if (fake.predictCalls === 1) cancelRefine();
    };
    await refineCurrentTemplate();
    expect(result().end).toBe('cancelled');
    expect(result().steps).toHaveLength(1);
  });
});
