/**
 * Forward-only template refinement, in the spirit of AutoPrompt: each round, every editable word
 * of the template offers the model's own candidates; every variant (one word changed) is scored
 * on the training rows in one batch, and the best is kept only if it strictly beats the template
 * it came from. Greedy, so it finds a local optimum on the rows it searches, which is exactly why
 * its figures are not a fair test. Pure: the model work comes in through `RefineDeps`.
 */
import { seededRandom } from '../tuning/random';
import { replaceWord, templateWords, type TemplateWord } from './templateWords';

/** One accepted edit: the word that changed, where, and what it became. */
export interface RefineEdit {
  slot: number;
  from: string;
  to: string;
}

/** A point of the trajectory: the start (no edit) or an accepted edit, with training accuracy. */
export interface RefineStep {
  template: string;
  edit: RefineEdit | null;
  accuracy: number;
}

/** Why the loop ended. */
export type RefineEnd = 'rounds' | 'noImprovement' | 'noWords' | 'stopped';

/** The trajectory (start first) and why it ended. */
export interface RefineOutcome {
  steps: RefineStep[];
  end: RefineEnd;
}

/**
 * Where a refinement stands: the round (1-based) and the variants of it scored so far; `total`
 * is 0 while the round still gathers its candidates.
 */
export interface RefineProgress {
  round: number;
  done: number;
  total: number;
}

/** The model work the loop needs; null from either means it was stopped (cancel, an edit). */
export interface RefineDeps {
  /** The model's best words for `slot` of `template`, best first. */
  candidatesFor(template: string, slot: TemplateWord): Promise<string[] | null>;
  /** Training accuracy of each template, in order; `onScored` hears each one that finishes. */
  accuracyOf(templates: string[], onScored: () => void): Promise<number[] | null>;
  onProgress?(progress: RefineProgress): void;
  /** Asked before each model call: true stops the loop. */
  shouldStop?(): boolean;
}

/** How far a refinement searches. */
export interface RefineOptions {
  rounds: number;
  /** Candidates tried per word and round. */
  candidates: number;
  /** Seed for breaking ties between equally good variants. */
  seed: number;
}

/** Three rounds of eight candidates per word; seed 1. */
export const DEFAULT_REFINE: RefineOptions = { rounds: 3, candidates: 8, seed: 1 };

interface Variant {
  template: string;
  edit: RefineEdit;
}

/** Runs the greedy loop from `start` and returns its trajectory. */
export async function refineTemplate(
  start: string,
  deps: RefineDeps,
  options: RefineOptions = DEFAULT_REFINE,
): Promise<RefineOutcome> {
  const random = seededRandom(options.seed);
  const stopped = () => deps.shouldStop?.() ?? false;
  if (stopped()) return { steps: [], end: 'stopped' };
  const first = await deps.accuracyOf([start], () => undefined);
  if (!first || first[0] === undefined) return { steps: [], end: 'stopped' };
  const steps: RefineStep[] = [{ template: start, edit: null, accuracy: first[0] }];
  for (let round = 1; round <= options.rounds; round++) {
    const current = steps[steps.length - 1] as RefineStep;
    const words = templateWords(current.template);
    if (words.length === 0) return { steps, end: 'noWords' };
    deps.onProgress?.({ round, done: 0, total: 0 });
    const variants: Variant[] = [];
    for (const slot of words) {
      if (stopped()) return { steps, end: 'stopped' };
      const proposed = await deps.candidatesFor(current.template, slot);
      if (!proposed) return { steps, end: 'stopped' };
      const fresh = proposed.filter((w) => w.toLowerCase() !== slot.word.toLowerCase());
      for (const word of fresh.slice(0, options.candidates))
        variants.push({
          template: replaceWord(current.template, slot, word),
          edit: { slot: slot.index, from: slot.word, to: word },
        });
    }
    if (variants.length === 0) return { steps, end: 'noImprovement' };
    let done = 0;
    deps.onProgress?.({ round, done, total: variants.length });
    if (stopped()) return { steps, end: 'stopped' };
    const accuracies = await deps.accuracyOf(
      variants.map((v) => v.template),
      () => deps.onProgress?.({ round, done: ++done, total: variants.length }),
    );
    if (!accuracies) return { steps, end: 'stopped' };
    const best = Math.max(...accuracies);
    if (!(best > current.accuracy)) return { steps, end: 'noImprovement' };
    const tied = variants.filter((_, i) => accuracies[i] === best);
    const chosen = tied[Math.floor(random() * tied.length)] as Variant;
    steps.push({ template: chosen.template, edit: chosen.edit, accuracy: best });
  }
  return { steps, end: 'rounds' };
}
