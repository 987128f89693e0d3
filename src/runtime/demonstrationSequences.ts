/**
 * Demonstrations on the worker side: tokenizes the pool rows in the template (their class's first
 * label word in place of the mask), chooses each input's demonstrations and assembles the input
 * with them (the choice and the assembly rules are in core/search/demonstrations.ts).
 */
import {
  assembleWithDemonstrations,
  cosine,
  demonstrationChooser,
  type SequenceWithDemonstrations,
  type TokenizedDemonstration,
} from '../core/search/demonstrations';
import type { TemplateTooLong, TokenizedSegment } from '../core/sequence';
import type { SpacedSegment } from '../core/spacing';
import type { DemonstrationRequest } from './predictTypes';
import type { TokenizerFacts } from './tokenizerFacts';

/**
 * Per text, the vector 'similar' sampling compares: the MLM head's input at the mask when the
 * text is read in the template alone (else the encoder output at position 0).
 */
export type DemonstrationFeatures = Map<string, Float32Array>;

/** Builds the sequences with demonstrations of one request. */
export class DemonstrationSequences {
  private readonly choose: ReturnType<typeof demonstrationChooser>;
  private readonly tokenized = new Map<number, TokenizedDemonstration>();
  /** Each query's sets, chosen once: a request asks for set 0 of every input, then set 1, … */
  private readonly chosen = new Map<number, number[][]>();

  constructor(
    private readonly facts: TokenizerFacts,
    private readonly segments: SpacedSegment[],
    /** Per class, the pieces of its first label word as they stand at the mask. */
    private readonly labelPieces: number[][],
    private readonly request: DemonstrationRequest,
    private readonly features: DemonstrationFeatures | null,
  ) {
    this.choose = demonstrationChooser(
      { texts: request.texts, classIndex: request.classIndex },
      { ...request, classCount: labelPieces.length },
    );
  }

  /**
   * Input `textIndex` (its text `text`) followed by its demonstrations of `set`. One instance
   * serves one request's texts: the choice is remembered by index.
   */
  assemble(
    query: TokenizedSegment[],
    text: string,
    textIndex: number,
    set: number,
    maxLength: number,
    maskCount: number,
    softFill: readonly number[] = [],
  ): SequenceWithDemonstrations | TemplateTooLong {
    let sets = this.chosen.get(textIndex);
    if (!sets) {
      const poolIndex = this.request.poolIndexOfExample[textIndex] ?? -1;
      sets = this.choose({ text, poolIndex }, this.similarity(text));
      this.chosen.set(textIndex, sets);
    }
    const demonstrations = (sets[set] ?? []).map((i) => this.demonstration(i));
    return assembleWithDemonstrations(
      query,
      demonstrations,
      this.facts.special,
      maxLength,
      maskCount,
      softFill,
    );
  }

  /** Cosine similarity to the query's features, or undefined (random draws) without features. */
  private similarity(text: string): ((poolIndex: number) => number) | undefined {
    const features = this.features;
    const mine = features?.get(text);
    if (!features || !mine) return undefined;
    return (i) => {
      const theirs = features.get(this.request.texts[i] ?? '');
      return theirs ? cosine(mine, theirs) : -1;
    };
  }

  /** Pool row `i` in the template, tokenized once per request. */
  private demonstration(i: number): TokenizedDemonstration {
    const cached = this.tokenized.get(i);
    if (cached) return cached;
    const text = this.request.texts[i] ?? '';
    const label = this.labelPieces[this.request.classIndex[i] ?? -1] ?? [];
    const demo: TokenizedDemonstration = { before: [], text: [], after: [] };
    let afterText = false;
    this.segments.forEach((segment, k) => {
      // A demonstration follows the input: byte-level BPE needs the space that separates them.
      const space = k === 0 && this.facts.spaceSensitive ? ' ' : '';
      if (segment.kind === 'text') {
        demo.text = this.facts.encode(space || segment.leadingSpace ? ` ${text}` : text);
        afterText = true;
        return;
      }
      // The pool carries one text per row: a demonstration's `{text_b}` stays empty.
      if (segment.kind === 'textB') return;
      const ids = segment.kind === 'literal' ? this.facts.encode(space + segment.text) : label;
      (afterText ? demo.after : demo.before).push(...ids);
    });
    this.tokenized.set(i, demo);
    return demo;
  }
}
