/**
 * The soft-prompt input rewrite must leave plain inputs alone and put a soft vector exactly where
 * a word's embedding would go: on every export variant the head rewrite supports, run in
 * onnxruntime-node, (a) with no soft position the logits equal the original model's; (b) a word's
 * own embedding row fed as the soft vector gives the logits of that word's id; (c) another vector
 * changes them. Then both rewrites together, in either order.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { onnx } from 'onnx-proto';
import { HEAD_TENSORS, rewriteMaskedLmHead } from './maskedLmHead';
import { rewriteSoftPromptInput, SOFT_TENSORS } from './softPromptInput';
import { readWordEmbeddings } from './wordEmbeddings';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const FIXTURES = root('e2e/hub-fixtures/cloze-fixtures/');

interface Variant {
  name: string;
  bytes: () => Uint8Array;
  /** The head rewrite's own tolerance against the full logits (dynamic quantization rescales). */
  headTolerance: number;
}

const file = (name: string, path: string, headTolerance = 1e-4): Variant => ({
  name,
  bytes: () => readFileSync(path),
  headTolerance,
});

/**
 * A BERT fixture whose lookup is quantized as onnxruntime's dynamic quantization does it
 * (GatherQuant): a uint8 table, gathered, then one DequantizeLinear per tensor.
 */
function gatherQuantized(): Uint8Array {
  const model = onnx.ModelProto.decode(
    readFileSync(`${FIXTURES}bert-tiny-opset14/onnx/model.onnx`),
  );
  const graph = model.graph as onnx.GraphProto;
  const gather = (graph.node as onnx.NodeProto[]).find((n) =>
    n.name.includes('word_embeddings'),
  ) as onnx.NodeProto;
  const table = graph.initializer.find((t) => t.name === gather.input[0]) as onnx.TensorProto;
  const values = new Float32Array(new Uint8Array(table.rawData).buffer);
  const low = Math.min(...values);
  const scale = (Math.max(...values) - low) / 255;
  const zero = Math.round(-low / scale);
  const q = Uint8Array.from(values, (v) =>
    Math.min(255, Math.max(0, Math.round(v / scale) + zero)),
  );
  const { DataType } = onnx.TensorProto;
  graph.initializer.push(
    onnx.TensorProto.create({
      name: 'q_table',
      dims: table.dims,
      dataType: DataType.UINT8,
      rawData: q,
    }),
    onnx.TensorProto.create({
      name: 'q_scale',
      dims: [],
      dataType: DataType.FLOAT,
      floatData: [scale],
    }),
    onnx.TensorProto.create({
      name: 'q_zero',
      dims: [],
      dataType: DataType.UINT8,
      int32Data: [zero],
    }),
  );
  const rows = gather.output[0] as string;
  gather.input[0] = 'q_table';
  gather.output[0] = 'q_rows';
  const at = graph.node.indexOf(gather);
  graph.node.splice(
    at + 1,
    0,
    onnx.NodeProto.create({
      opType: 'DequantizeLinear',
      name: 'q_dequantize',
      input: ['q_rows', 'q_scale', 'q_zero'],
      output: [rows],
    }),
  );
  graph.valueInfo = graph.valueInfo.filter((v) => v.name !== rows);
  return onnx.ModelProto.encode(model).finish();
}

const variants: Variant[] = [
  file('bundled cloze-mini (opset 14)', root('public/models/cloze-mini/onnx/model.onnx')),
  file('default cloze-lab-en (tied decoder)', root('public/models/cloze-lab-en/onnx/model.onnx')),
  file(
    'default cloze-lab-en int8 (weight-only: DequantizeLinear → Gather)',
    root('public/models/cloze-lab-en/onnx/model_quantized.onnx'),
  ),
  file('BERT opset 14', `${FIXTURES}bert-tiny-opset14/onnx/model.onnx`),
  file('BERT opset 17, fused LayerNormalization', `${FIXTURES}bert-tiny-opset17/onnx/model.onnx`),
  file('DistilBERT, no token_type_ids', `${FIXTURES}distilbert-tiny/onnx/model.onnx`),
  file('RoBERTa (positions counted from input_ids)', `${FIXTURES}roberta-tiny/onnx/model.onnx`),
  file('BERT, Chinese characters', `${FIXTURES}bert-tiny-chinese/onnx/model.onnx`),
  file(
    'BERT dynamically quantized (MatMulInteger)',
    `${FIXTURES}bert-tiny-quantized/onnx/model_quantized.onnx`,
    0.1,
  ),
  {
    name: 'BERT, lookup quantized (Gather → DequantizeLinear)',
    bytes: gatherQuantized,
    headTolerance: 1e-4,
  },
];

const WIDTH = 7;
// Ids below 8 are special in the fixtures (pad, [CLS], [SEP], [MASK], RoBERTa's <pad> = 1).
const ROWS = [
  [2, 10, 11, 12, 4, 13, 3],
  [2, 14, 4, 15, 3, 0, 0],
];
const MASKS = [4, 2];
const SOFT = [2, 1]; // the position in each row that gets a soft vector
const WORD = 20; // the word whose embedding row is fed there
const OTHER = 9; // what input_ids holds at a soft position

function int64(values: number[], dims: number[]): ort.Tensor {
  return new ort.Tensor('int64', BigInt64Array.from(values.map(BigInt)), dims);
}

/** The model's own feeds for `rows`. */
function feeds(rows: number[][], inputNames: readonly string[]): Record<string, ort.Tensor> {
  const out: Record<string, ort.Tensor> = {
    input_ids: int64(rows.flat(), [rows.length, WIDTH]),
    attention_mask: int64(
      rows.flatMap((r, b) => r.map((_, t) => (b === 1 && t >= 5 ? 0 : 1))),
      [rows.length, WIDTH],
    ),
  };
  if (inputNames.includes('token_type_ids'))
    out.token_type_ids = int64(new Array(rows.length * WIDTH).fill(0), [rows.length, WIDTH]);
  return out;
}

/** The soft inputs: `vector` at the SOFT positions when `on`, arbitrary values elsewhere. */
function softFeeds(vector: Float32Array, on: boolean): Record<string, ort.Tensor> {
  const hidden = vector.length;
  const positions = new Uint8Array(ROWS.length * WIDTH);
  // Filler where the positions are false: it must never reach the model.
  const embeds = Float32Array.from({ length: ROWS.length * WIDTH * hidden }, (_, i) => (i % 7) - 3);
  SOFT.forEach((t, b) => {
    positions[b * WIDTH + t] = on ? 1 : 0;
    embeds.set(vector, (b * WIDTH + t) * hidden);
  });
  return {
    [SOFT_TENSORS.positions]: new ort.Tensor('bool', positions, [ROWS.length, WIDTH]),
    [SOFT_TENSORS.embeds]: new ort.Tensor('float32', embeds, [ROWS.length, WIDTH, hidden]),
  };
}

/** `ROWS` with `id` at the SOFT positions. */
const rowsWith = (id: number) => ROWS.map((r, b) => r.map((x, t) => (t === SOFT[b] ? id : x)));

function maxDiff(a: ort.Tensor | undefined, b: ort.Tensor | undefined): number {
  const x = a?.data as Float32Array;
  const y = b?.data as Float32Array;
  expect(x.length).toBe(y.length);
  return x.reduce((m, v, i) => Math.max(m, Math.abs(v - (y[i] ?? Number.NaN))), 0);
}

describe.each(variants)('rewriteSoftPromptInput on $name', ({ bytes, headTolerance }) => {
  it('keeps plain inputs, puts a word row exactly where the word’s id would go, and listens to other vectors', async () => {
    const original = bytes();
    const rewrite = rewriteSoftPromptInput(original);
    if (!rewrite.ok) throw new Error(`${rewrite.reason} ${rewrite.detail}`);
    const read = readWordEmbeddings(original);
    if (!read.ok) throw new Error(`${read.reason} ${read.detail}`);
    const { table } = read;
    expect([table.vocabSize, table.hiddenSize]).toEqual([rewrite.vocabSize, rewrite.hiddenSize]);
    expect(table.vectors.length).toBe(table.vocabSize * table.hiddenSize);
    const hidden = table.hiddenSize;
    const row = (id: number) => table.vectors.slice(id * hidden, (id + 1) * hidden);

    const before = await ort.InferenceSession.create(original);
    const after = await ort.InferenceSession.create(rewrite.model);
    const plain = feeds(rowsWith(OTHER), before.inputNames);
    const logits = async (session: ort.InferenceSession, input: Record<string, ort.Tensor>) =>
      (await session.run(input)).logits;

    // (a) No soft position: the original model's logits.
    const unchanged = await logits(after, { ...plain, ...softFeeds(row(WORD), false) });
    expect(maxDiff(unchanged, await logits(before, plain))).toBeLessThan(1e-4);
    // (b) WORD's row fed where input_ids says OTHER: as if input_ids said WORD.
    const soft = await logits(after, { ...plain, ...softFeeds(row(WORD), true) });
    const asWord = await logits(before, feeds(rowsWith(WORD), before.inputNames));
    expect(maxDiff(soft, asWord)).toBeLessThan(1e-4);
    // (c) Another vector is heard.
    const shifted = row(WORD).map((v, k) => v + (k % 2 === 0 ? 0.5 : -0.5));
    const moved = await logits(after, { ...plain, ...softFeeds(shifted, true) });
    expect(maxDiff(moved, soft)).toBeGreaterThan(1e-3);
  });

  it('reads the word-embedding table the graph looks up, value for value', async () => {
    const original = bytes();
    const read = readWordEmbeddings(original);
    const rewrite = rewriteSoftPromptInput(original);
    if (!read.ok || !rewrite.ok) throw new Error('not recognised');
    // The rows the encoder reads, as one more output, with no soft position.
    const model = onnx.ModelProto.decode(rewrite.model);
    (model.graph as onnx.GraphProto).output.push(
      onnx.ValueInfoProto.create({ name: SOFT_TENSORS.chosenRows }),
    );
    const session = await ort.InferenceSession.create(onnx.ModelProto.encode(model).finish());
    const hidden = read.table.hiddenSize;
    const out = await session.run({
      ...feeds(ROWS, session.inputNames),
      ...softFeeds(new Float32Array(hidden), false),
    });
    const looked = out[SOFT_TENSORS.chosenRows]?.data as Float32Array;
    const expected = ROWS.flat().flatMap((id) => [
      ...read.table.vectors.subarray(id * hidden, (id + 1) * hidden),
    ]);
    expect(Array.from(looked)).toEqual(expected);
  });

  it.each(['head first', 'soft input first'])(
    'composes with the head rewrite (%s)',
    async (order) => {
      const original = bytes();
      const vocabSize = readWordEmbeddings(original);
      if (!vocabSize.ok) throw new Error(vocabSize.reason);
      const { table } = vocabSize;
      const head = (m: Uint8Array) => {
        const r = rewriteMaskedLmHead(m, table.vocabSize);
        if (!r.ok) throw new Error(r.reason);
        return r.model;
      };
      const softInput = (m: Uint8Array) => {
        const r = rewriteSoftPromptInput(m);
        if (!r.ok) throw new Error(r.reason);
        return r.model;
      };
      const both = order === 'head first' ? softInput(head(original)) : head(softInput(original));
      const before = await ort.InferenceSession.create(original);
      const after = await ort.InferenceSession.create(both);
      const hidden = table.hiddenSize;
      const wordRow = table.vectors.slice(WORD * hidden, (WORD + 1) * hidden);
      const rows = MASKS.map((m, b) => b * WIDTH + m);
      const out = await after.run({
        ...feeds(rowsWith(OTHER), before.inputNames),
        ...softFeeds(wordRow, true),
        [HEAD_TENSORS.maskRows]: int64(rows, [rows.length]),
      });
      const full = (await before.run(feeds(rowsWith(WORD), before.inputNames))).logits;
      const fullData = full?.data as Float32Array;
      const expected = new Float32Array(rows.length * table.vocabSize);
      rows.forEach((r, i) =>
        expected.set(
          fullData.subarray(r * table.vocabSize, (r + 1) * table.vocabSize),
          i * table.vocabSize,
        ),
      );
      const maskLogits = out[HEAD_TENSORS.maskLogits];
      expect(
        maxDiff(maskLogits, new ort.Tensor('float32', expected, [rows.length, table.vocabSize])),
      ).toBeLessThan(headTolerance);
    },
  );
});

describe('rewriteSoftPromptInput refusals', () => {
  it('says why when there is no input_ids lookup, and reads no table there', () => {
    const model = onnx.ModelProto.decode(
      readFileSync(`${FIXTURES}bert-tiny-opset14/onnx/model.onnx`),
    );
    const graph = model.graph as onnx.GraphProto;
    for (const input of graph.input) if (input.name === 'input_ids') input.name = 'ids';
    for (const n of graph.node as onnx.NodeProto[])
      n.input = n.input.map((i) => (i === 'input_ids' ? 'ids' : i));
    const renamed = onnx.ModelProto.encode(model).finish();
    expect(rewriteSoftPromptInput(renamed)).toEqual({
      ok: false,
      reason: 'noInputIds',
      detail: '',
    });
    expect(readWordEmbeddings(renamed).ok).toBe(false);
    expect(rewriteSoftPromptInput(new Uint8Array([1, 2, 3])).ok).toBe(false);
  });
});
