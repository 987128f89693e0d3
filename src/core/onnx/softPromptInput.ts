/**
 * The graph rewrite that lets soft prompts in: two more inputs, and a choice right after the
 * word-embedding lookup, so trained vectors can stand in for chosen tokens while the masked LM
 * stays frozen:
 *
 *   input_ids ─Gather(word embeddings)→ rows ─┐
 *   soft_positions [B,S] ─Reshape[B,S,1]──────Where(soft_positions, soft_embeds, rows)→ (rest)
 *   soft_embeds [B,S,H] ──────────────────────┘
 *
 * Position and segment embeddings, the embedding layer norm and everything after stay inside the
 * graph, so a soft vector lives in the same space as a word's embedding row (what
 * `readWordEmbeddings` returns). With every position false the graph computes what it did before.
 * Where and Reshape read the same in every opset we meet (Unsqueeze's axes moved at opset 13).
 *
 * It composes with `rewriteMaskedLmHead` in either order: this rewrite only touches the bottom of
 * the graph (after the lookup) and adds inputs; the head rewrite only the top and the outputs.
 * The app applies the head rewrite first (as it always has) and this one to its result.
 * Pure: onnx-proto only, no DOM or runtime.
 */
import { onnx } from 'onnx-proto';
import { decodeModel, int64Tensor, node, valueInfo } from './graphView';
import { findWordEmbeddingLookup, type LookupReason } from './wordEmbeddingLookup';

/** Names of the tensors the rewritten graph takes in addition to the model's own. */
export const SOFT_TENSORS = {
  /** bool [batch, sequence]: true where the soft vector replaces the token's word embedding. */
  positions: 'cloze_soft_positions',
  /** float [batch, sequence, hidden]: the vectors read where `positions` is true (else ignored). */
  embeds: 'cloze_soft_embeds',
  /** float [batch, sequence, hidden], inside the graph: the rows the encoder reads (not an output). */
  chosenRows: 'cloze_soft_chosen_rows',
} as const;

/** The outcome: the rewritten model, or why the word-embedding lookup was not recognised. */
export type SoftInputRewrite =
  | { ok: true; model: Uint8Array; vocabSize: number; hiddenSize: number }
  | { ok: false; reason: SoftInputReason; detail: string };

/** Why the rewrite was not done; `detail` carries names and counts only. */
export type SoftInputReason = 'unreadable' | 'noGraph' | LookupReason;

/** Adds the soft-prompt inputs after the word-embedding lookup of a masked LM. */
export function rewriteSoftPromptInput(modelBytes: Uint8Array): SoftInputRewrite {
  const decoded = decodeModel(modelBytes);
  if (!decoded.ok) return decoded;
  const { model, graph, view } = decoded;
  const found = findWordEmbeddingLookup(graph, view);
  if (!found.ok) return found;
  const { rows, hiddenSize, vocabSize } = found.lookup;

  const chosen = SOFT_TENSORS.chosenRows;
  const positions3d = 'cloze_soft_positions_3d';
  // Everything that read the looked-up rows reads the chosen ones instead.
  for (const n of view.consumersOf(rows))
    n.input = (n.input ?? []).map((name) => (name === rows ? chosen : name));
  graph.initializer.push(int64Tensor('cloze_soft_positions_shape', [0, 0, 1], [3]));
  const added = [
    node('Reshape', [SOFT_TENSORS.positions, 'cloze_soft_positions_shape'], [positions3d]),
    node('Where', [positions3d, SOFT_TENSORS.embeds, rows], [chosen]),
  ];
  // Keep the node list in topological order: right after the node that makes the rows.
  const producer = view.producerOf(rows);
  const at = graph.node.findIndex((n) => n === producer);
  graph.node.splice(at + 1, 0, ...added);

  const ids = graph.input.find((i) => i.name === 'input_ids');
  const [batch, sequence] = (ids?.type?.tensorType?.shape?.dim ?? []).map(
    (d) => d.dimParam || Number(d.dimValue ?? 0) || undefined,
  );
  graph.input.push(
    valueInfo(SOFT_TENSORS.positions, onnx.TensorProto.DataType.BOOL, [
      batch ?? 'batch',
      sequence ?? 'sequence',
    ]),
    valueInfo(SOFT_TENSORS.embeds, onnx.TensorProto.DataType.FLOAT, [
      batch ?? 'batch',
      sequence ?? 'sequence',
      hiddenSize,
    ]),
  );
  return { ok: true, model: onnx.ModelProto.encode(model).finish(), vocabSize, hiddenSize };
}
