import { describe, expect, it } from 'vitest';
import { servedModelUrls } from './servedModelFiles';

describe('servedModelUrls', () => {
  it('lists config, tokenizer and the ONNX file of the chosen precision of a served model', () => {
    expect(
      servedModelUrls({ kind: 'bundled', name: 'cloze-lab-en', dtype: 'fp32' }, '/models/'),
    ).toEqual([
      '/models/cloze-lab-en/config.json',
      '/models/cloze-lab-en/tokenizer_config.json',
      '/models/cloze-lab-en/tokenizer.json',
      '/models/cloze-lab-en/onnx/model.onnx',
    ]);
    expect(
      servedModelUrls({ kind: 'bundled', name: 'm', dtype: 'q8' }, '/app/models/').at(-1),
    ).toBe('/app/models/m/onnx/model_quantized.onnx');
  });

  it('lists nothing for Hub models and picked folders: the worker fetches those itself', () => {
    expect(
      servedModelUrls(
        { kind: 'hub', host: 'https://hf.co', repo: 'a/b', revision: 'main', dtype: 'q8' },
        '/models/',
      ),
    ).toEqual([]);
    expect(servedModelUrls({ kind: 'folder', name: 'x', dtype: 'fp32' }, '/models/')).toEqual([]);
  });
});
