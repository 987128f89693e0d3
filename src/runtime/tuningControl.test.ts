import { describe, expect, it } from 'vitest';
import { TuningControl } from './tuningControl';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('tuning control by job id', () => {
  it('a Stop for one job does not stop another', async () => {
    const control = new TuningControl();
    const old = control.begin(1);
    const fresh = control.begin(2);
    control.stop(1);
    expect(await old.shouldStop()).toBe(true);
    expect(await fresh.shouldStop()).toBe(false);
  });

  it('a job started after a Stop for an older job runs on', async () => {
    const control = new TuningControl();
    control.begin(1);
    control.stop(1);
    const next = control.begin(2);
    expect(await next.shouldStop()).toBe(false);
  });

  it('a Pause for another job does not hold this one', async () => {
    const control = new TuningControl();
    const job = control.begin(1);
    control.begin(2);
    control.pause(2, true);
    expect(await job.shouldStop()).toBe(false);
  });

  it('a paused job waits until it is resumed or stopped', async () => {
    const control = new TuningControl();
    const job = control.begin(7);
    control.pause(7, true);
    let answer: boolean | null = null;
    void job.shouldStop().then((stop) => (answer = stop));
    await tick();
    expect(answer).toBeNull();
    control.pause(7, false);
    await tick();
    expect(answer).toBe(false);

    control.pause(7, true);
    let stopped: boolean | null = null;
    void job.shouldStop().then((stop) => (stopped = stop));
    await tick();
    expect(stopped).toBeNull();
    control.stop(7);
    await tick();
    expect(stopped).toBe(true);
  });

  it('messages for an ended job change nothing', async () => {
    const control = new TuningControl();
    const job = control.begin(3);
    job.end();
    control.stop(3);
    control.pause(3, true);
    const again = control.begin(4);
    expect(await again.shouldStop()).toBe(false);
  });
});
