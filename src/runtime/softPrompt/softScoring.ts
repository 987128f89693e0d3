/**
 * Running a soft-prompt template on rows: each row assembled once (its soft positions holding the
 * starting words' ids), padded batches with the soft feeds, and class probabilities from the
 * label words' logits at the mask. The trainer's loss and the "Use soft prompt" predictions both
 * read these probabilities, so training optimises exactly what is shown.
 */
import { HEAD_TENSORS } from '../../core/onnx/maskedLmHead';
import { SOFT_TENSORS } from '../../core/onnx/softPromptInput';
import {
  assembleSequence,
  type AssembledSequence,
  type TokenizedSegment,
} from '../../core/sequence';
import { spaceSegments } from '../../core/spacing';
import type { TemplateSegment } from '../../core/template';
import type { MakeInt64Tensor, SessionLike, TensorLike } from '../batchRunner';
import { exclusive } from '../exclusive';
import type { TokenizerFacts } from '../tokenizerFacts';
import { softFeeds } from './softFeeds';

/** Builds a float32 tensor in whichever ORT build the caller uses. */
export type MakeFloat32Tensor = (data: Float32Array, dims: number[]) => TensorLike;
/** Builds a bool tensor (one byte per value) in whichever ORT build the caller uses. */
export type MakeBoolTensor = (data: Uint8Array, dims: number[]) => TensorLike;

/** A session rewritten by `rewriteMaskedLmHead` then `rewriteSoftPromptInput`, and its helpers. */
export interface SoftPromptModel {
  session: SessionLike;
  tensors: { int64: MakeInt64Tensor; float32: MakeFloat32Tensor; bool: MakeBoolTensor };
  facts: TokenizerFacts;
  /** Width of a word embedding (the soft vectors' length). */
  hiddenSize: number;
  /** Longest sequence the model reads; texts are cut to fit. */
  maxLength: number;
}

/** What is being scored: the template and, per class, its label words' piece ids. */
export interface SoftPromptTask {
  template: TemplateSegment[];
  /**
   * Per class, the piece ids of each of its label words. One mask is used and a word is scored on
   * its first piece only: soft prompts are meant for single-token verbalizers (great / terrible),
   * and one mask keeps the trained positions the same for every class.
   */
  labelPieces: number[][][];
  /**
   * The token id at each soft position where no vector is fed (the starting words): with vectors
   * null the rows read `{text} <these words> [MASK]`. The mask id when absent.
   */
  fillIds?: readonly number[];
}

/** A labelled row: its text and its class index. */
export interface LabelledRow {
  text: string;
  label: number;
}

/** Rows per model run when scoring many rows (the trainer's mini-batches run whole). */
const ROWS_PER_RUN = 64;

/** The rows' sequences under the task's template (text only: no `{text_b}`), one mask. */
export function assembleRows(
  model: SoftPromptModel,
  task: SoftPromptTask,
  texts: readonly string[],
): AssembledSequence[] {
  const { facts } = model;
  const segments = spaceSegments(task.template, facts.spaceSensitive);
  return texts.map((text) => {
    const tokenized: TokenizedSegment[] = segments.map((s) =>
      s.kind === 'text' || s.kind === 'textB'
        ? {
            kind: s.kind,
            ids: s.kind === 'text' ? facts.encode(s.leadingSpace ? ` ${text}` : text) : [],
          }
        : s.kind === 'literal'
          ? { kind: 'literal', ids: facts.encode(s.text) }
          : s,
    );
    const assembled = assembleSequence(tokenized, facts.special, model.maxLength, 1, task.fillIds);
    if ('error' in assembled)
      throw new Error(
        `the template needs ${assembled.templateTokens} of ${assembled.maxLength} tokens`,
      );
    return assembled;
  });
}

/**
 * Class probabilities of each sequence with `vectors` at its soft positions (null: the fill
 * words), in runs of at most `ROWS_PER_RUN` rows: per class Σ exp(logit of its words' first
 * pieces), normalised over all classes' words (the app's scoring rule for one-piece words).
 */
export async function classProbabilities(
  model: SoftPromptModel,
  task: SoftPromptTask,
  sequences: readonly AssembledSequence[],
  vectors: readonly Float32Array[] | null,
): Promise<number[][]> {
  const out: number[][] = [];
  for (let start = 0; start < sequences.length; start += ROWS_PER_RUN)
    out.push(
      ...(await runBatch(model, task, sequences.slice(start, start + ROWS_PER_RUN), vectors)),
    );
  return out;
}

/** One padded batch through the session; the class probabilities of each row. */
async function runBatch(
  model: SoftPromptModel,
  task: SoftPromptTask,
  batch: readonly AssembledSequence[],
  vectors: readonly Float32Array[] | null,
): Promise<number[][]> {
  const { session, tensors, hiddenSize } = model;
  const width = Math.max(...batch.map((s) => s.ids.length));
  const ids = new BigInt64Array(batch.length * width);
  const attention = new BigInt64Array(batch.length * width);
  batch.forEach((s, b) =>
    s.ids.forEach((id, t) => {
      ids[b * width + t] = BigInt(id);
      attention[b * width + t] = 1n;
    }),
  );
  const dims = [batch.length, width];
  const soft = softFeeds(batch, width, vectors, hiddenSize);
  const feeds: Record<string, TensorLike> = {
    input_ids: tensors.int64(ids, dims),
    attention_mask: tensors.int64(attention, dims),
    [SOFT_TENSORS.positions]: tensors.bool(soft.positions, dims),
    [SOFT_TENSORS.embeds]: tensors.float32(soft.embeds, [...dims, hiddenSize]),
  };
  if (session.inputNames.includes('token_type_ids'))
    feeds.token_type_ids = tensors.int64(new BigInt64Array(batch.length * width), dims);
  const maskRow = (s: AssembledSequence, b: number) => b * width + (s.maskIndices[0] ?? 0);
  const masksOnly = session.outputNames.includes(HEAD_TENSORS.maskLogits);
  if (masksOnly)
    feeds[HEAD_TENSORS.maskRows] = tensors.int64(
      BigInt64Array.from(batch.map((s, b) => BigInt(maskRow(s, b)))),
      [batch.length],
    );
  const outputs = await exclusive(() => session.run(feeds));
  const logits = masksOnly ? outputs[HEAD_TENSORS.maskLogits] : outputs.logits;
  if (!logits) throw new Error('The model returned no logits.');
  const vocab = logits.dims[logits.dims.length - 1] ?? 0;
  const data = logits.data as Float32Array;
  const words = task.labelPieces.flatMap((words, c) =>
    words.map((pieces) => ({ id: pieces[0] ?? 0, c })),
  );
  return batch.map((s, b) => {
    // The head-rewritten graph returns the mask rows in the order given; the full one, all rows.
    const offset = (masksOnly ? b : maskRow(s, b)) * vocab;
    const z = words.map((w) => data[offset + w.id] ?? 0);
    const top = Math.max(...z);
    const probs = new Array<number>(task.labelPieces.length).fill(0);
    let total = 0;
    z.forEach((value, i) => {
      const q = Math.exp(value - top);
      total += q;
      const c = words[i]?.c ?? 0;
      probs[c] = (probs[c] ?? 0) + q;
    });
    return probs.map((p) => p / total);
  });
}
