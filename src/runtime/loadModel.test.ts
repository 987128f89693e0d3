import { describe, expect, it } from 'vitest';
import { needsWarmUp } from './loadModel';

describe('needsWarmUp', () => {
  it('skips the warm-up run only for the first model of a visit whose head was rewritten', () => {
    expect(needsWarmUp(true, true)).toBe(false);
  });

  it('proves a model that replaces another, so a failure keeps the one answering now', () => {
    expect(needsWarmUp(false, true)).toBe(true);
  });

  it('proves a graph the rewrite could not check: the run is what says it is no masked LM', () => {
    expect(needsWarmUp(true, false)).toBe(true);
    expect(needsWarmUp(false, false)).toBe(true);
  });
});
