import { describe, expect, it } from 'vitest';
import {
  hubFileUrl,
  isValidRepoId,
  modelFile,
  modelLabel,
  normaliseHubHost,
  readModelSource,
  readServedModels,
  sourceFromLink,
} from './modelSource';

describe('model sources', () => {
  it('builds Hub file URLs in the layout transformers.js caches under', () => {
    expect(
      hubFileUrl(
        'https://huggingface.co/',
        'Xenova/bert-base-uncased',
        'main',
        'onnx/model_quantized.onnx',
      ),
    ).toBe(
      'https://huggingface.co/Xenova/bert-base-uncased/resolve/main/onnx/model_quantized.onnx',
    );
  });

  it('accepts repo ids and rejects anything else', () => {
    expect(isValidRepoId('Xenova/bert-base-uncased')).toBe(true);
    expect(isValidRepoId('bert-base-uncased')).toBe(false);
    expect(isValidRepoId('a/../b')).toBe(false);
    expect(isValidRepoId('a/b/c')).toBe(false);
  });

  it('normalises hosts people type', () => {
    expect(normaliseHubHost(' hf-mirror.com/ ')).toBe('https://hf-mirror.com');
    expect(normaliseHubHost('http://localhost:4180')).toBe('http://localhost:4180');
    expect(normaliseHubHost('')).toBeNull();
  });

  it('reads a shared link', () => {
    expect(
      sourceFromLink(
        '?model=Xenova/roberta-base&hub=hf-mirror.com&dtype=fp16',
        'https://huggingface.co',
        'q8',
      ),
    ).toEqual({
      kind: 'hub',
      repo: 'Xenova/roberta-base',
      host: 'https://hf-mirror.com',
      revision: 'main',
      dtype: 'fp16',
    });
    expect(sourceFromLink('?model=not-a-repo', 'https://huggingface.co', 'q8')).toBeNull();
    expect(sourceFromLink('?model=a/b&dtype=int3', 'https://h', 'q8')).toMatchObject({
      host: 'https://h',
      dtype: 'q8',
    });
  });

  it('labels and files', () => {
    const hub = {
      kind: 'hub',
      repo: 'Xenova/bert-base-chinese',
      host: 'https://h',
      revision: 'main',
      dtype: 'q8',
    } as const;
    expect(modelLabel(hub)).toBe('Xenova/bert-base-chinese');
    expect(modelFile(hub)).toBe('onnx/model_quantized.onnx');
    expect(modelFile({ kind: 'bundled', name: 'cloze-mini', dtype: 'fp32' })).toBe(
      'onnx/model.onnx',
    );
  });

  it('reads stored sources back and refuses junk and picked folders', () => {
    expect(readModelSource({ kind: 'bundled', name: 'cloze-mini' })).toEqual({
      kind: 'bundled',
      name: 'cloze-mini',
      dtype: 'fp32',
    });
    expect(readModelSource({ kind: 'hub', repo: 'x', host: 'h', dtype: 'q8' })).toBeNull();
    expect(readModelSource({ kind: 'folder', name: 'mine', dtype: 'fp32' })).toBeNull();
    expect(readModelSource(7)).toBeNull();
  });

  it('lists models fetched into public/models and ignores junk', () => {
    expect(
      readServedModels({
        models: [{ name: 'Xenova/bert-base-uncased', dtype: 'q8' }, { name: 3 }],
      }),
    ).toEqual([{ name: 'Xenova/bert-base-uncased', dtype: 'q8' }]);
    expect(readServedModels('<!doctype html>')).toEqual([]);
  });
});
