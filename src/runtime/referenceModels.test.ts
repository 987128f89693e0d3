/**
 * The reference test: each model the app ships, run in Node through the app's own runner
 * (transformers.js tokenizer + onnxruntime-node), original and head-rewritten graph alike, must
 * reproduce the class probabilities its Python build recorded from the torch model.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AutoTokenizer, env } from '@huggingface/transformers';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { rewriteMaskedLmHead } from '../core/onnx/maskedLmHead';
import { parseTemplate } from '../core/template';
import { MaskedLmRunner, type TokenizerLike } from './maskedLmRunner';

const MODELS = fileURLToPath(new URL('../../public/models/', import.meta.url));
const TOOLS = fileURLToPath(new URL('../../tools/model/', import.meta.url));

interface Reference {
  model: string;
  template: string;
  cases: Array<{
    text: string;
    input_ids: number[];
    verbalizers: Array<{ classes: Record<string, string[]>; probs: Record<string, number> }>;
    top5: Array<[string, number]>;
  }>;
}

const REFERENCES: Reference[] = [
  'reference.json',
  'reference_lab.json',
  'reference_lab_zh.json',
].map((file) => JSON.parse(readFileSync(`${TOOLS}${file}`, 'utf8')) as Reference);

describe.each(REFERENCES)('reference values of $model', (reference) => {
  let tokenizer: TokenizerLike;
  const runners: Record<string, MaskedLmRunner> = {};
  const file = `${MODELS}${reference.model}/onnx/model.onnx`;

  beforeAll(async () => {
    env.allowRemoteModels = false;
    env.localModelPath = MODELS;
    tokenizer = (await AutoTokenizer.from_pretrained(reference.model)) as unknown as TokenizerLike;
    const make = async (model: Uint8Array) =>
      new MaskedLmRunner(
        await ort.InferenceSession.create(model),
        tokenizer,
        (d, dims) => new ort.Tensor('int64', d, dims),
        128,
      );
    const bytes = readFileSync(file);
    const rewrite = rewriteMaskedLmHead(bytes, tokenizer.get_vocab().size);
    if (!rewrite.ok) throw new Error(rewrite.reason);
    runners.original = await make(bytes);
    runners.rewritten = await make(rewrite.model);
  });

  const parsed = parseTemplate(reference.template);
  if (!parsed.ok) throw new Error('reference template must be valid');

  it.each(['original', 'rewritten'])('%s graph matches torch within 1e-4', async (graph) => {
    for (const refCase of reference.cases) {
      for (const verbalizer of refCase.verbalizers) {
        const classes = Object.entries(verbalizer.classes).map(([name, words]) => ({
          name,
          words,
        }));
        const result = await runners[graph]!.predict({
          template: parsed.segments,
          examples: [refCase.text],
          classes,
          selectedIndex: 0,
          labelWordsAfterSpace: true,
          tunedHead: null,
        });
        if ('code' in result) throw new Error(`predict failed: ${result.code}`);
        // Same token sequence as the Python tokenizer produced…
        const vocab = tokenizer.get_vocab();
        expect(result.preview.map((token) => vocab.get(token.text))).toEqual(refCase.input_ids);
        // …and the same class probabilities as the torch model.
        classes.forEach((cls, i) => {
          expect(
            Math.abs((result.examples[0]?.probs[i] ?? NaN) - (verbalizer.probs[cls.name] ?? NaN)),
          ).toBeLessThan(1e-4);
        });
        expect(result.fillMask[0]?.token).toBe(refCase.top5[0]?.[0]);
        expect(result.fillMask[0]?.prob).toBeCloseTo(refCase.top5[0]?.[1] ?? NaN, 4);
      }
    }
  });
});

// The models built by tools/model/build_lab.sh ship an int8 variant too.
describe.each(REFERENCES.filter((r) => r.model.startsWith('cloze-lab-')))(
  '$model int8 variant',
  (reference) => {
    it('loads in onnxruntime and gives logits close to fp32', async () => {
      const folder = `${MODELS}${reference.model}/onnx/`;
      const fp32 = await ort.InferenceSession.create(`${folder}model.onnx`);
      const int8 = await ort.InferenceSession.create(`${folder}model_quantized.onnx`);
      const ids = reference.cases[0]!.input_ids;
      const feeds = {
        input_ids: new ort.Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [1, ids.length]),
        attention_mask: new ort.Tensor('int64', new BigInt64Array(ids.length).fill(1n), [
          1,
          ids.length,
        ]),
        token_type_ids: new ort.Tensor('int64', new BigInt64Array(ids.length), [1, ids.length]),
      };
      const a = (await fp32.run(feeds)).logits!.data as Float32Array;
      const b = (await int8.run(feeds)).logits!.data as Float32Array;
      let maxDiff = 0;
      for (let i = 0; i < a.length; i++)
        maxDiff = Math.max(maxDiff, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
      expect(maxDiff).toBeLessThan(0.5);
    });
  },
);
