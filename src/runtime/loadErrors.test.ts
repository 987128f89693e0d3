import { describe, expect, it } from 'vitest';
import { classifyLoadError, ModelLoadError } from './loadErrors';

describe('classifyLoadError', () => {
  it.each([
    [new ModelLoadError('noOnnx', 'no onnx/model.onnx'), 'noOnnx'],
    [new TypeError('Failed to fetch'), 'offline'],
    [new Error('Could not locate file: "https://h/a/b/resolve/main/config.json".'), 'notFound'],
    [new RangeError('Array buffer allocation failed'), 'tooBig'],
    [new DOMException('The user aborted a request.', 'AbortError'), 'cancelled'],
    [new Error('something else'), 'other'],
  ])('%s → %s', (error, failure) => {
    expect(classifyLoadError(error).failure).toBe(failure);
  });
});
