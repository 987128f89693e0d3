/**
 * Reading a masked LM's word-embedding table out of the model bytes, as floats: the starting
 * points of soft vectors ("It was" → their rows) and the reference for their nearest words.
 * Int8 tables are dequantized exactly as DequantizeLinear does ((q − zero point) × scale, per
 * tensor or per row), so a row read here is bit-for-bit the row the graph looks up.
 * Pure: onnx-proto only.
 */
import { onnx } from 'onnx-proto';
import { decodeModel } from './graphView';
import { findWordEmbeddingLookup, type LookupReason } from './wordEmbeddingLookup';

/** The table: `vectors[token * hiddenSize + k]`. */
export interface WordEmbeddingTable {
  vocabSize: number;
  hiddenSize: number;
  vectors: Float32Array;
}

/** Why the table could not be read; `detail` carries names and types only. */
export type EmbeddingReadReason =
  | 'unreadable'
  | 'noGraph'
  | LookupReason
  | 'notAnInitializer'
  | 'unsupportedType'
  | 'unsupportedQuantization';

const { DataType } = onnx.TensorProto;

/** The word-embedding table of a masked LM, as floats. */
export function readWordEmbeddings(
  modelBytes: Uint8Array,
):
  | { ok: true; table: WordEmbeddingTable }
  | { ok: false; reason: EmbeddingReadReason; detail: string } {
  const decoded = decodeModel(modelBytes);
  if (!decoded.ok) return decoded;
  const { graph, view } = decoded;
  const found = findWordEmbeddingLookup(graph, view);
  if (!found.ok) return found;
  const { gather, dequantizeAfter, vocabSize, hiddenSize } = found.lookup;
  const dataName = gather.input?.[0] ?? '';
  const before = view.producerOf(dataName);
  const dequantize = before?.opType === 'DequantizeLinear' ? before : dequantizeAfter;
  const tableName = before?.opType === 'DequantizeLinear' ? (before.input?.[0] ?? '') : dataName;
  const table = view.initializer(tableName);
  if (!table) return { ok: false, reason: 'notAnInitializer', detail: tableName };

  if (!dequantize) {
    if (table.dataType !== DataType.FLOAT)
      return { ok: false, reason: 'unsupportedType', detail: String(table.dataType) };
    return { ok: true, table: { vocabSize, hiddenSize, vectors: floats(table) } };
  }
  const scale = view.initializer(dequantize.input?.[1] ?? '');
  const zeroName = dequantize.input?.[2];
  const zero = zeroName ? view.initializer(zeroName) : undefined;
  if (!scale || (zeroName && !zero) || scale.dataType !== DataType.FLOAT)
    return { ok: false, reason: 'unsupportedQuantization', detail: dequantize.name ?? '' };
  const scales = floats(scale);
  const zeros = zero ? integers(zero) : new Float64Array(1);
  const q = integers(table);
  // Per tensor, or per row of the table (axis 0 before the lookup); anything else is refused.
  const axis = Number(dequantize.attribute?.find((a) => a.name === 'axis')?.i ?? 1);
  const perRow =
    scales.length === vocabSize && vocabSize > 1 && dequantize === before && axis === 0;
  if (!(scales.length === 1 || perRow) || zeros.length !== scales.length)
    return { ok: false, reason: 'unsupportedQuantization', detail: dequantize.name ?? '' };
  const vectors = new Float32Array(vocabSize * hiddenSize);
  for (let row = 0; row < vocabSize; row++) {
    const s = scales[perRow ? row : 0] ?? 0;
    const z = zeros[perRow ? row : 0] ?? 0;
    for (let k = 0; k < hiddenSize; k++) {
      const i = row * hiddenSize + k;
      vectors[i] = ((q[i] ?? 0) - z) * s;
    }
  }
  return { ok: true, table: { vocabSize, hiddenSize, vectors } };
}

/** A float tensor's values, from raw bytes (little-endian, possibly unaligned) or float_data. */
function floats(t: onnx.ITensorProto): Float32Array {
  if (t.rawData && t.rawData.length > 0) {
    // A copy: raw bytes may sit at any offset in the model buffer (and Node's Buffer.slice is a view).
    const bytes = new Uint8Array(t.rawData);
    return new Float32Array(bytes.buffer, 0, bytes.length / 4);
  }
  return Float32Array.from(t.floatData ?? []);
}

/** An int8 or uint8 tensor's values (raw bytes, or int32_data as ONNX stores small ints). */
function integers(t: onnx.ITensorProto): Float64Array {
  if (t.rawData && t.rawData.length > 0) {
    const bytes = t.rawData;
    return t.dataType === DataType.INT8
      ? Float64Array.from(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length))
      : Float64Array.from(bytes);
  }
  return Float64Array.from(t.int32Data ?? []);
}
