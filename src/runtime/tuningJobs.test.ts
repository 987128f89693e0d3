import { describe, expect, it } from 'vitest';
import { gaussian, seededRandom } from '../core/tuning/random';
import type { TuningSettings } from '../core/tuning/types';
import type { TuningFeatures } from './maskedLmRunner';
import type { WorkerResponse } from './protocol';
import { TuningControl } from './tuningControl';
import { runTuningJob, type FeatureSource, type TuningRequest } from './tuningJobs';

const HIDDEN = 4;
const COUNT = 12;
const SETTINGS: TuningSettings = {
  shots: 2,
  epochs: 6,
  learningRate: 0.01,
  l2: 0.01,
  batchSize: 4,
  seed: 1,
};

/** Features for 12 examples, two label words (one per class), like the runner's. */
function syntheticFeatures(): TuningFeatures {
  const random = seededRandom(3);
  const vector = (n: number) => Float32Array.from({ length: n }, () => gaussian(random));
  return {
    examples: Array.from({ length: COUNT }, () => ({
      h: vector(HIDDEN),
      e: vector(HIDDEN),
      wordLogits: Float32Array.from([Math.log(0.3), Math.log(0.2)]),
    })),
    wordClass: [0, 1],
  };
}

function request(id: number, type: TuningRequest['type'] = 'train'): TuningRequest {
  return {
    type,
    id,
    input: {
      template: [{ kind: 'text' }, { kind: 'mask' }],
      examples: Array.from({ length: COUNT }, (_, i) => `example ${i}`),
      classes: [
        { name: 'positive', words: ['great'] },
        { name: 'negative', words: ['terrible'] },
      ],
      selectedIndex: 0,
      labelWordsAfterSpace: true,
      tunedHead: null,
    },
    labels: Array.from({ length: COUNT }, (_, i) => i % 2),
    classNames: ['positive', 'negative'],
    settings: SETTINGS,
  };
}

/** Runs a job and collects every message it sends. */
async function run(
  job: TuningRequest,
  features: FeatureSource,
  shouldStop: () => Promise<boolean> = async () => false,
): Promise<WorkerResponse[]> {
  const messages: WorkerResponse[] = [];
  await runTuningJob(job, features, (m) => messages.push(m), shouldStop);
  return messages;
}

const finalOf = (messages: WorkerResponse[]) => messages[messages.length - 1];

describe('tuning jobs', () => {
  it('train reports every epoch, then the head', async () => {
    const messages = await run(request(5), async () => syntheticFeatures());
    expect(messages.filter((m) => m.type === 'epoch')).toHaveLength(SETTINGS.epochs);
    expect(messages.every((m) => m.id === 5)).toBe(true);
    const answer = finalOf(messages);
    expect(answer?.type).toBe('trained');
  });

  it('the learning curve reports progress, then the curve', async () => {
    const messages = await run(request(6, 'learningCurve'), async () => syntheticFeatures());
    expect(messages.some((m) => m.type === 'curveProgress')).toBe(true);
    expect(finalOf(messages)?.type).toBe('curve');
  });

  it('an exception is reported as a failure with its message, not as diverged', async () => {
    const messages = await run(request(7), () => Promise.reject(new Error('session released')));
    expect(finalOf(messages)).toEqual({
      type: 'tuningFailed',
      id: 7,
      problem: { code: 'failed', detail: 'session released' },
    });
  });

  it('a template too long for the model is its own problem, with the token counts', async () => {
    const messages = await run(request(8), async () => ({
      code: 'templateTooLong',
      templateTokens: 600,
      maxLength: 512,
    }));
    expect(finalOf(messages)).toEqual({
      type: 'tuningFailed',
      id: 8,
      problem: { code: 'templateTooLong', templateTokens: 600, maxLength: 512 },
    });
  });

  it('features that are not finite numbers mean no features', async () => {
    const features = syntheticFeatures();
    features.examples[0]?.h?.fill(Number.NaN);
    const messages = await run(request(9), async () => features);
    expect(finalOf(messages)).toMatchObject({ problem: { code: 'noFeatures' } });
  });

  it('a Stop for one job stops that job only', async () => {
    const control = new TuningControl();
    const old = control.begin(1);
    const fresh = control.begin(2);
    control.stop(1);
    const [oldMessages, freshMessages] = await Promise.all([
      run(request(1), async () => syntheticFeatures(), old.shouldStop),
      run(request(2), async () => syntheticFeatures(), fresh.shouldStop),
    ]);
    expect(finalOf(oldMessages)).toEqual({
      type: 'tuningFailed',
      id: 1,
      problem: { code: 'stopped' },
    });
    expect(oldMessages.filter((m) => m.type === 'epoch')).toHaveLength(0);
    expect(finalOf(freshMessages)?.type).toBe('trained');
  });
});
