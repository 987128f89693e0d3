/**
 * Finding a masked LM's word-embedding lookup: the Gather whose indices are the graph input
 * `input_ids` (possibly through Casts) and whose data is a constant vocabulary × hidden table.
 * The table may be a float initializer, an int8 table dequantized before the lookup (weight-only
 * exports: DequantizeLinear → Gather), or one dequantized after it (onnxruntime's dynamic
 * quantization of Gather: Gather → DequantizeLinear). Position and segment embeddings are
 * Gathers too, but their indices are not input_ids. Pure: onnx-proto only.
 */
import { onnx } from 'onnx-proto';
import { GraphView } from './graphView';

/** Where the word embeddings are looked up, and what the rows look like. */
export interface WordEmbeddingLookup {
  gather: onnx.INodeProto;
  /** The float rows [batch, sequence, hidden]: the Gather's output, or the dequantizer's after it. */
  rows: string;
  /** The DequantizeLinear that turns gathered int8 rows into floats, when the table is quantized so. */
  dequantizeAfter: onnx.INodeProto | null;
  vocabSize: number;
  hiddenSize: number;
}

/** Why no word-embedding lookup was recognised; `detail` carries names and counts only. */
export type LookupReason = 'noInputIds' | 'lookupCount' | 'unexpectedOp';

const INTEGER_TABLES = new Set<number>([
  onnx.TensorProto.DataType.INT8,
  onnx.TensorProto.DataType.UINT8,
]);

/** The word-embedding lookup of a graph, or why there is not exactly one. */
export function findWordEmbeddingLookup(
  graph: onnx.IGraphProto,
  view: GraphView,
): { ok: true; lookup: WordEmbeddingLookup } | { ok: false; reason: LookupReason; detail: string } {
  if (!(graph.input ?? []).some((i) => i.name === 'input_ids'))
    return { ok: false, reason: 'noInputIds', detail: '' };
  const candidates = (graph.node ?? []).filter(
    (n) =>
      n.opType === 'Gather' &&
      gatherAxis(n) === 0 &&
      view.constantDims(n.input?.[0])?.length === 2 &&
      readsInputIds(view, n.input?.[1]),
  );
  if (candidates.length !== 1)
    return { ok: false, reason: 'lookupCount', detail: String(candidates.length) };
  const gather = candidates[0] as onnx.INodeProto;
  const [vocabSize = 0, hiddenSize = 0] = view.constantDims(gather.input?.[0]) ?? [];
  const gathered = gather.output?.[0] ?? '';
  const table = view.initializer(gather.input?.[0] ?? '');
  if (!table || !INTEGER_TABLES.has(table.dataType ?? 0))
    return {
      ok: true,
      lookup: { gather, rows: gathered, dequantizeAfter: null, vocabSize, hiddenSize },
    };
  // An integer table read directly: the rows only become embeddings after a DequantizeLinear.
  const readers = view.consumersOf(gathered);
  const dequantize = readers[0];
  if (readers.length !== 1 || dequantize?.opType !== 'DequantizeLinear')
    return { ok: false, reason: 'unexpectedOp', detail: dequantize?.opType ?? 'none' };
  return {
    ok: true,
    lookup: {
      gather,
      rows: dequantize.output?.[0] ?? '',
      dequantizeAfter: dequantize,
      vocabSize,
      hiddenSize,
    },
  };
}

function gatherAxis(n: onnx.INodeProto): number {
  return Number(n.attribute?.find((a) => a.name === 'axis')?.i ?? 0);
}

/** Whether a tensor is the graph input `input_ids`, directly or through Casts. */
function readsInputIds(view: GraphView, name: string | undefined): boolean {
  for (let current = name, hops = 0; current !== undefined && hops < 8; hops++) {
    if (current === 'input_ids') return true;
    const producer = view.producerOf(current);
    if (producer?.opType !== 'Cast') return false;
    current = producer.input?.[0];
  }
  return false;
}
