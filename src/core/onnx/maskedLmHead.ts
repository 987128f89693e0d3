/**
 * The graph rewrite that exposes a masked LM's head. Stock ONNX exports only give `logits`
 * (batch × sequence × vocabulary). This rewrite, done on the protobuf before the session is
 * created, adds an input of mask rows and makes the vocabulary projection run only on them:
 *
 *   h (MLM-head input) ─Reshape[-1,H]─Gather(rows)→ h_rows ─(original projection)→ mask logits
 *   e (encoder output) ─Gather(position 0, axis 1)→ e at [CLS]
 *   attention_mask ─Cast─Reshape[B,1,S]─MatMul(e)→ Σ e over the real tokens (mean-pooling's
 *     sum: cosine similarity does not see the scale, so the division is left out)
 *
 * It recognises the projection as the MatMul (or MatMulInteger) whose constant weight is
 * hidden × vocabulary, so fp32, dynamically quantized and weight-only (DequantizeLinear)
 * quantized exports, decomposed or fused layer norms, BERT, DistilBERT and RoBERTa heads all
 * match. Anything else is reported, not guessed.
 * Pure: onnx-proto (protobuf) only, no DOM or runtime.
 */
import { onnx } from 'onnx-proto';
import { decodeModel, int64Tensor, MATMULS, node, valueInfo } from './graphView';

/** Names of the tensors the rewritten graph takes and gives. */
export const HEAD_TENSORS = {
  /** int64 [rows]: flat indices `example * sequenceLength + maskPosition`. */
  maskRows: 'cloze_mask_rows',
  /** float [rows, vocabulary]: logits at the mask rows only. */
  maskLogits: 'cloze_mask_logits',
  /** float [rows, hidden]: the MLM head's transformed hidden state h at the mask rows. */
  maskHidden: 'cloze_mask_hidden',
  /** float [batch, hidden]: the encoder's final hidden state e at position 0 ([CLS] or <s>). */
  clsHidden: 'cloze_cls_hidden',
  /**
   * float [batch, hidden]: the encoder's final hidden states summed over the real tokens (the
   * attention mask), i.e. mean-pooled sentence features up to scale. Only when the graph takes
   * an attention mask.
   */
  pooledSum: 'cloze_pooled_sum',
} as const;

/** The outcome: the rewritten model, or why the head was not recognised. */
export type HeadRewrite =
  | {
      ok: true;
      model: Uint8Array;
      hiddenSize: number;
      quantized: boolean;
      /** The encoder output's tensor name (what e and the pooled sum are taken from). */
      encoderOutput: string;
    }
  | { ok: false; reason: HeadRewriteReason; detail: string };

// Ops that may sit between h and the logits: the projection itself, its bias, and the
// quantize / integer-matmul / rescale chain of dynamically quantized exports.
const PROJECTION_OPS = new Set([
  'MatMul',
  'MatMulInteger',
  'DynamicQuantizeLinear',
  'Cast',
  'Mul',
  'Add',
]);

/** Why a graph's MLM head was not recognised; `detail` carries names and counts only. */
export type HeadRewriteReason =
  | 'unreadable'
  | 'noGraph'
  | 'noOutput'
  | 'projectionCount'
  | 'noProjectionInput'
  | 'unexpectedOp'
  | 'noEncoderOutput'
  | 'turnedOff';

/** Rewrites a masked LM so it computes vocabulary logits only at given rows and exposes h and e. */
export function rewriteMaskedLmHead(modelBytes: Uint8Array, vocabSize: number): HeadRewrite {
  const decoded = decodeModel(modelBytes);
  if (!decoded.ok) return decoded;
  const { model, graph, view } = decoded;

  const logitsName = graph.output.find((o) => o.name === 'logits')?.name ?? graph.output[0]?.name;
  if (!logitsName) return { ok: false, reason: 'noOutput', detail: '' };

  const projections = (graph.node as onnx.NodeProto[]).filter(
    (n) => MATMULS.has(n.opType) && view.constantDims(n.input[1])?.[1] === vocabSize,
  );
  if (projections.length !== 1)
    return {
      ok: false,
      reason: 'projectionCount',
      detail: `${vocabSize}: ${projections.length}`,
    };
  const projection = projections[0] as onnx.NodeProto;
  const hiddenSize = view.constantDims(projection.input[1])?.[0] ?? 0;
  const h = view.activationOf(projection);
  if (!h) return { ok: false, reason: 'noProjectionInput', detail: '' };

  const between = view.nodesBetween(h, logitsName);
  const foreign = between.find((n) => !PROJECTION_OPS.has(n.opType));
  if (foreign) return { ok: false, reason: 'unexpectedOp', detail: foreign.opType };

  const transform = view.nearestMatMulAbove(
    h,
    (dims) => dims[0] === hiddenSize && dims[1] === hiddenSize,
  );
  const e = transform ? view.activationOf(transform) : null;
  if (!e) return { ok: false, reason: 'noEncoderOutput', detail: '' };

  // Gather the mask rows of h, and feed them to the projection chain in place of h.
  const hFlat = 'cloze_h_flat';
  graph.initializer.push(int64Tensor('cloze_flat_shape', [-1, hiddenSize], [2]));
  graph.initializer.push(int64Tensor('cloze_position_zero', [0], []));
  const added = [
    node('Reshape', [h, 'cloze_flat_shape'], [hFlat]),
    node('Gather', [hFlat, HEAD_TENSORS.maskRows], [HEAD_TENSORS.maskHidden], { axis: 0 }),
    node('Gather', [e, 'cloze_position_zero'], [HEAD_TENSORS.clsHidden], { axis: 1 }),
  ];
  // Pooled features for "most similar" demonstrations: a MatMul of the mask row with e sums the
  // real tokens' states (Cast, Reshape and MatMul read the same in every opset we meet; ReduceSum
  // and Unsqueeze changed their axes from attributes to inputs at opset 13).
  const pooled = graph.input.some((i) => i.name === 'attention_mask');
  if (pooled) {
    graph.initializer.push(int64Tensor('cloze_mask_row_shape', [0, 1, -1], [3]));
    added.push(
      node('Cast', ['attention_mask'], ['cloze_mask_float'], {
        to: onnx.TensorProto.DataType.FLOAT,
      }),
      node('Reshape', ['cloze_mask_float', 'cloze_mask_row_shape'], ['cloze_mask_row']),
      node('MatMul', ['cloze_mask_row', e], ['cloze_pooled_3d']),
      node('Reshape', ['cloze_pooled_3d', 'cloze_flat_shape'], [HEAD_TENSORS.pooledSum]),
    );
  }
  for (const n of between)
    n.input = n.input.map((name) => (name === h ? HEAD_TENSORS.maskHidden : name));
  for (const n of between)
    n.output = n.output.map((name) => (name === logitsName ? HEAD_TENSORS.maskLogits : name));
  graph.node.push(...added);

  // Shapes recorded for the old [batch, sequence, …] tensors would now be wrong.
  const changed = new Set(between.flatMap((n) => n.output));
  graph.valueInfo = graph.valueInfo.filter((v) => !changed.has(v.name ?? ''));

  graph.input.push(
    valueInfo(HEAD_TENSORS.maskRows, onnx.TensorProto.DataType.INT64, ['mask_rows']),
  );
  graph.output = [
    valueInfo(HEAD_TENSORS.maskLogits, onnx.TensorProto.DataType.FLOAT, ['mask_rows', vocabSize]),
    valueInfo(HEAD_TENSORS.maskHidden, onnx.TensorProto.DataType.FLOAT, ['mask_rows', hiddenSize]),
    valueInfo(HEAD_TENSORS.clsHidden, onnx.TensorProto.DataType.FLOAT, ['batch', hiddenSize]),
  ];
  if (pooled)
    graph.output.push(
      valueInfo(HEAD_TENSORS.pooledSum, onnx.TensorProto.DataType.FLOAT, ['batch', hiddenSize]),
    );
  return {
    ok: true,
    model: onnx.ModelProto.encode(model).finish(),
    hiddenSize,
    quantized: projection.opType === 'MatMulInteger',
    encoderOutput: e,
  };
}
