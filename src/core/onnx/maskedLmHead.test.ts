/**
 * The head rewrite must keep the model's answers: logits at the mask rows of the rewritten
 * graph equal the original graph's logits there (fp32, within 1e-4), run in onnxruntime-node.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { onnx } from 'onnx-proto';
import { HEAD_TENSORS, rewriteMaskedLmHead } from './maskedLmHead';

const BUNDLED = fileURLToPath(new URL('../../../public/models/cloze-mini/', import.meta.url));
const DEFAULT_MODEL = fileURLToPath(
  new URL('../../../public/models/cloze-lab-en/', import.meta.url),
);
const FIXTURES = fileURLToPath(
  new URL('../../../e2e/hub-fixtures/cloze-fixtures/', import.meta.url),
);

interface Variant {
  name: string;
  folder: string;
  file: string;
  /** Largest allowed logit difference: fp32 must agree exactly; dynamic quantization rescales per tensor. */
  tolerance: number;
  quantized: boolean;
}

const fp32 = (name: string, folder: string): Variant => ({
  name,
  folder,
  file: 'onnx/model.onnx',
  tolerance: 1e-4,
  quantized: false,
});
const variants: Variant[] = [
  fp32('bundled cloze-mini (opset 14)', BUNDLED),
  fp32('default cloze-lab-en (opset 14, tied decoder stored once)', DEFAULT_MODEL),
  fp32('BERT opset 14, decomposed layer norms', `${FIXTURES}bert-tiny-opset14/`),
  fp32('BERT opset 17, fused LayerNormalization', `${FIXTURES}bert-tiny-opset17/`),
  fp32('DistilBERT, no token_type_ids', `${FIXTURES}distilbert-tiny/`),
  fp32('RoBERTa, byte-level BPE', `${FIXTURES}roberta-tiny/`),
  fp32('BERT, Chinese characters', `${FIXTURES}bert-tiny-chinese/`),
  // Only the rows change: the int8 weights are dequantized exactly as before.
  {
    name: 'default cloze-lab-en int8 (weight-only, DequantizeLinear)',
    folder: DEFAULT_MODEL,
    file: 'onnx/model_quantized.onnx',
    tolerance: 1e-4,
    quantized: false,
  },
  // Gathering rows changes the activation range DynamicQuantizeLinear scales by, so the
  // quantized graph agrees closely, not bit-for-bit.
  {
    name: 'BERT dynamically quantized (MatMulInteger)',
    folder: `${FIXTURES}bert-tiny-quantized/`,
    file: 'onnx/model_quantized.onnx',
    tolerance: 0.1,
    quantized: true,
  },
];

function int64(values: number[], dims: number[]): ort.Tensor {
  return new ort.Tensor('int64', BigInt64Array.from(values.map(BigInt)), dims);
}

/** Two padded sequences of made-up ids, with their mask positions. */
function batch(vocabSize: number, withTokenTypes: boolean) {
  const width = 7;
  const rows = [
    [2, 10, 11, 12, 4, 13, 3],
    [2, 14, 4, 15, 3, 0, 0],
  ].map((r) => r.map((id) => id % vocabSize));
  const masks = [4, 2];
  const feeds: Record<string, ort.Tensor> = {
    input_ids: int64(rows.flat(), [2, width]),
    attention_mask: int64(
      rows.flatMap((r, b) => r.map((_, t) => (b === 1 && t >= 5 ? 0 : 1))),
      [2, width],
    ),
  };
  if (withTokenTypes) feeds.token_type_ids = int64(new Array(2 * width).fill(0), [2, width]);
  return { feeds, masks, width };
}

describe.each(variants)(
  'rewriteMaskedLmHead on $name',
  ({ folder, file, tolerance, quantized }) => {
    it('adds mask-row logits, h and e that agree with the original model', async () => {
      const config = JSON.parse(readFileSync(`${folder}config.json`, 'utf8')) as {
        vocab_size: number;
        hidden_size?: number;
        dim?: number;
      };
      const original = readFileSync(`${folder}${file}`);
      const rewrite = rewriteMaskedLmHead(original, config.vocab_size);
      if (!rewrite.ok) throw new Error(rewrite.reason);
      expect(rewrite.hiddenSize).toBe(config.hidden_size ?? config.dim);
      expect(rewrite.quantized).toBe(quantized);

      const before = await ort.InferenceSession.create(original);
      const after = await ort.InferenceSession.create(rewrite.model);
      expect(after.outputNames).toEqual([
        HEAD_TENSORS.maskLogits,
        HEAD_TENSORS.maskHidden,
        HEAD_TENSORS.clsHidden,
        HEAD_TENSORS.pooledSum,
      ]);

      const { feeds, masks, width } = batch(
        config.vocab_size,
        before.inputNames.includes('token_type_ids'),
      );
      const full = (await before.run(feeds)).logits as ort.Tensor;
      const rows = masks.map((m, b) => b * width + m);
      const out = await after.run({
        ...feeds,
        [HEAD_TENSORS.maskRows]: int64(rows, [rows.length]),
      });
      const maskLogits = out[HEAD_TENSORS.maskLogits] as ort.Tensor;
      expect(maskLogits.dims).toEqual([2, config.vocab_size]);
      expect(out[HEAD_TENSORS.maskHidden]?.dims).toEqual([2, rewrite.hiddenSize]);
      expect(out[HEAD_TENSORS.clsHidden]?.dims).toEqual([2, rewrite.hiddenSize]);

      const fullData = full.data as Float32Array;
      const rowData = maskLogits.data as Float32Array;
      let maxDiff = 0;
      rows.forEach((row, i) => {
        for (let v = 0; v < config.vocab_size; v++)
          maxDiff = Math.max(
            maxDiff,
            Math.abs(
              (fullData[row * config.vocab_size + v] ?? 0) -
                (rowData[i * config.vocab_size + v] ?? 0),
            ),
          );
      });
      expect(maxDiff).toBeLessThan(tolerance);
    });

    it('adds the sum of the encoder states over the real tokens (mean-pooling up to scale)', async () => {
      const config = JSON.parse(readFileSync(`${folder}config.json`, 'utf8')) as {
        vocab_size: number;
      };
      const rewrite = rewriteMaskedLmHead(readFileSync(`${folder}${file}`), config.vocab_size);
      if (!rewrite.ok) throw new Error(rewrite.reason);
      // The same graph with the whole encoder output as one more output: the reference sum is
      // computed here, position by position, from it and the attention mask.
      const model = onnx.ModelProto.decode(rewrite.model);
      // Decoded messages always carry their repeated fields (empty arrays by default).
      (model.graph as onnx.GraphProto).output.push(
        onnx.ValueInfoProto.create({ name: rewrite.encoderOutput }),
      );
      const session = await ort.InferenceSession.create(onnx.ModelProto.encode(model).finish());
      const { feeds, masks, width } = batch(
        config.vocab_size,
        session.inputNames.includes('token_type_ids'),
      );
      const out = await session.run({
        ...feeds,
        [HEAD_TENSORS.maskRows]: int64(
          masks.map((m, b) => b * width + m),
          [masks.length],
        ),
      });
      const states = out[rewrite.encoderOutput] as ort.Tensor;
      const pooled = out[HEAD_TENSORS.pooledSum] as ort.Tensor;
      const hidden = rewrite.hiddenSize;
      expect(pooled.dims).toEqual([2, hidden]);
      const attention = feeds.attention_mask!.data as BigInt64Array;
      const data = states.data as Float32Array;
      let maxDiff = 0;
      for (let b = 0; b < 2; b++)
        for (let k = 0; k < hidden; k++) {
          let sum = 0;
          for (let t = 0; t < width; t++)
            if (attention[b * width + t] === 1n) sum += data[(b * width + t) * hidden + k] ?? 0;
          maxDiff = Math.max(
            maxDiff,
            Math.abs(sum - ((pooled.data as Float32Array)[b * hidden + k] ?? 0)),
          );
        }
      expect(maxDiff).toBeLessThan(1e-3);
    });
  },
);

describe('rewriteMaskedLmHead fallback', () => {
  it('does not take a sequence classifier for a masked LM', () => {
    const classifier = readFileSync(`${FIXTURES}not-a-masked-lm/onnx/model.onnx`);
    expect(rewriteMaskedLmHead(classifier, 636).ok).toBe(false);
  });

  it('says why when it cannot recognise the head, and leaves the model alone', () => {
    const original = readFileSync(`${BUNDLED}onnx/model.onnx`);
    const result = rewriteMaskedLmHead(original, 12345);
    expect(result).toEqual({
      ok: false,
      reason: 'projectionCount',
      detail: '12345: 0',
    });
    expect(rewriteMaskedLmHead(new Uint8Array([1, 2, 3]), 10).ok).toBe(false);
  });
});
