// fetch-model against the local Hub mirror: the same files arrive, and the index lists them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHubMirror } from '../e2e/hubMirror.mjs';
import { fetchModel } from './fetch-model.mjs';

const FIXTURE = 'e2e/hub-fixtures/cloze-fixtures/bert-tiny-quantized';
let mirror;
let out;

beforeAll(async () => {
  mirror = await startHubMirror();
  out = mkdtempSync(join(tmpdir(), 'cloze-lab-models-'));
});
afterAll(async () => {
  await mirror.close();
  rmSync(out, { recursive: true, force: true });
});

describe('npm run fetch-model', () => {
  it('downloads a Hub model through transformers.js into the served models folder', async () => {
    const folder = await fetchModel({
      repo: 'cloze-fixtures/bert-tiny-quantized',
      dtype: 'q8',
      hub: mirror.url,
      out,
    });
    for (const file of [
      'config.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'onnx/model_quantized.onnx',
    ])
      expect(readFileSync(join(folder, file)).equals(readFileSync(join(FIXTURE, file))), file).toBe(
        true,
      );
    expect(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).toEqual({
      models: [{ name: 'cloze-fixtures/bert-tiny-quantized', dtype: 'q8' }],
    });
    expect(mirror.served).toContain('cloze-fixtures/bert-tiny-quantized/onnx/model_quantized.onnx');
  });

  it('says clearly when the repository does not exist', async () => {
    await expect(
      fetchModel({ repo: 'cloze-fixtures/nope', hub: mirror.url, out }),
    ).rejects.toThrow();
  });
});
