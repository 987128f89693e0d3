/**
 * Turns cached model outputs into what a person sees: class probabilities (by the scoring rule
 * or a tuned prompt head), label-word facts, the token preview and the top tokens at the mask.
 */
import type { WordRef } from '../core/labelWordTokens';
import type { AssembledSequence } from '../core/sequence';
import { topK } from '../core/softmax';
import { PromptHead } from '../core/tuning/heads';
import type { TunedHeadParams } from '../core/tuning/types';
import { scoreLabelWord, scoreVerbalizer, type ScoringClass } from '../core/verbalizer';
import type { SequenceOutputs } from './batchRunner';
import type { ClassWords, LabelWordInfo, PreviewToken } from './predictTypes';
import type { TokenizerFacts } from './tokenizerFacts';

const FILL_MASK_TOP = 10;

/** Rebuilds a prompt head for scoring, or null when it no longer fits the verbalizer. */
export function promptHeadFrom(
  tuned: TunedHeadParams,
  wordPieces: number[][][],
): PromptHead | null {
  const wordClass = wordPieces.flatMap((words, c) => words.map(() => c));
  if (
    wordClass.length !== tuned.wordCount ||
    tuned.params.length !== tuned.wordCount * (tuned.hidden + 1)
  )
    return null;
  const head = new PromptHead(wordClass, wordPieces.length, tuned.hidden);
  head.params.set(tuned.params);
  return head;
}

/** Each label word's zero-shot log-score at the masks, all classes flat. */
export function wordLogits(perMask: Float32Array[], wordPieces: number[][][]): Float32Array {
  return Float32Array.from(
    wordPieces.flat().map((pieces) => Math.log(scoreLabelWord(perMask, pieces))),
  );
}

/** Class probabilities by the scoring rule, or through a tuned prompt head when one applies. */
export function classProbabilities(
  outputs: SequenceOutputs | undefined,
  scoring: ScoringClass[],
  tuned: PromptHead | null,
): number[] {
  if (!outputs) return scoring.map(() => 1 / scoring.length);
  if (!tuned) return scoreVerbalizer(outputs.perMask, scoring);
  return tuned.probabilities({
    h: outputs.h ?? new Float32Array(0),
    e: outputs.e ?? new Float32Array(0),
    wordLogits: wordLogits(
      outputs.perMask,
      scoring.map((c) => c.words),
    ),
    label: 0,
  });
}

/** How each label word splits, and which other word it shares its pieces with. */
export function describeLabelWords(
  facts: TokenizerFacts,
  classes: ClassWords[],
  pieces: number[][][],
  sameAs: Array<Array<WordRef | null>>,
): LabelWordInfo[][] {
  return classes.map((cls, c) =>
    cls.words.map((word, w) => {
      const ids = pieces[c]?.[w] ?? [];
      const ref = sameAs[c]?.[w] ?? null;
      const other = ref ? classes[ref.classIndex] : undefined;
      return {
        word,
        pieces: ids.map((id) => facts.tokenText(id)),
        unknown: ids.includes(facts.unknownId),
        sameTokenAs:
          ref && other
            ? {
                word: other.words[ref.wordIndex] ?? '',
                className: other.name,
                sameClass: ref.classIndex === c,
              }
            : null,
      };
    }),
  );
}

/** The selected sequence's tokens, marking masks, special tokens and demonstrations. */
export function previewTokens(
  facts: TokenizerFacts,
  sequence: (AssembledSequence & { demonstrationRanges?: Array<[number, number]> }) | undefined,
): PreviewToken[] {
  if (!sequence) return [];
  const ranges = sequence.demonstrationRanges ?? [];
  const soft = sequence.softIndices ?? [];
  return sequence.ids.map((id, i) => ({
    text: facts.tokenText(id),
    isMask: sequence.maskIndices.includes(i),
    isSpecial: facts.isSpecial(id),
    ...(ranges.some(([start, end]) => i >= start && i < end) ? { isDemonstration: true } : {}),
    ...(soft.includes(i) ? { isSoft: true } : {}),
  }));
}

/** The most probable tokens at the first mask. */
export function fillMask(
  facts: TokenizerFacts,
  outputs: SequenceOutputs | undefined,
): Array<{ token: string; prob: number }> {
  if (!outputs) return [];
  return topK(outputs.perMask[0] ?? new Float32Array(), FILL_MASK_TOP).map(([id, prob]) => ({
    token: facts.tokenText(id),
    prob,
  }));
}
