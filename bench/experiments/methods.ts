/**
 * The methods the accuracy experiment compares, each run on one seed's few-shot rows and scored on
 * the fixed test rows: the hand-written prompt (the baseline every search starts from) and the
 * searches of issue #12.
 */
import { refineTemplate } from '../../src/core/search/refine';
import { applicableTemplates, rankTemplateScores } from '../../src/core/search/templateRanking';
import { argmax } from '../../src/core/softmax';
import { runLabelWordSearch } from '../../src/runtime/labelWordJob';
import { slotCandidates } from '../../src/runtime/slotCandidateJob';
import { parseTemplate } from '../../src/core/template';
import type { MaskedLmRunner } from '../../src/runtime/maskedLmRunner';
import type { PredictInput } from '../../src/runtime/predictTypes';
import type { ExperimentSet, Row } from './datasets';

/** What a method is given for one seed. */
export interface MethodContext {
  runner: MaskedLmRunner;
  set: ExperimentSet;
  /** k labelled rows per class: all a method may learn from. */
  train: Row[];
  /** The test rows (never seen by a search). */
  evaluation: Row[];
  seed: number;
}

/** A method's test accuracy, and how long its search took when it searched. */
export interface MethodOutcome {
  accuracy: number;
  searchMs?: number;
}

/** A method of the experiment. */
export interface Method {
  name: string;
  run(context: MethodContext): Promise<MethodOutcome>;
}

/** The predict input of a prompt (one label word list per class) on some rows. */
export function promptInput(template: string, words: string[][], rows: Row[]): PredictInput {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(`bad template ${template}`);
  return {
    template: parsed.segments,
    examples: rows.map((r) => r.text),
    classes: words.map((w, c) => ({ name: `c${c}`, words: w })),
    selectedIndex: 0,
    labelWordsAfterSpace: true,
    tunedHead: null,
  };
}

/** Accuracy of a prompt on rows, zero-shot (the app's scoring rule, uncalibrated). */
export async function accuracyOf(
  runner: MaskedLmRunner,
  input: PredictInput,
  rows: Row[],
): Promise<number> {
  const result = await runner.predict(input);
  if ('code' in result) throw new Error(result.code);
  const right = result.examples.filter((e, i) => argmax(e.probs) === rows[i]?.label).length;
  return right / rows.length;
}

const manual: Method = {
  name: 'manual prompt (zero-shot)',
  run: async ({ runner, set, evaluation }) => ({
    accuracy: await accuracyOf(
      runner,
      promptInput(
        set.template,
        set.words.map((w) => [w]),
        evaluation,
      ),
      evaluation,
    ),
    searchMs: 0,
  }),
};

/** The manual prompt's input for rows, as the methods below start from it. */
const manualInput = (set: ExperimentSet, rows: Row[]) =>
  promptInput(
    set.template,
    set.words.map((w) => [w]),
    rows,
  );

/** "Suggest label words" on the k-shot rows (no calibration), best assignment on the test rows. */
const labelWords: Method = {
  name: 'suggested label words',
  run: async ({ runner, set, train, evaluation }) => {
    const started = performance.now();
    const found = await runLabelWordSearch(
      runner,
      {
        type: 'suggestLabelWords',
        id: 0,
        input: manualInput(set, train),
        labels: train.map((r) => r.label),
        k: 20,
        calibration: 'none',
        contentFree: [],
      },
      async () => true,
    );
    if (!found || 'code' in found) throw new Error('label-word search failed');
    const best = found.assignments[0];
    if (!best) throw new Error('no assignment');
    const searchMs = performance.now() - started;
    const words = best.words.map((w) => [w]);
    return {
      accuracy: await accuracyOf(runner, promptInput(set.template, words, evaluation), evaluation),
      searchMs,
    };
  },
};

/** "Suggest templates" (every applicable library template, as the app's default) on the k-shot rows. */
const templates: Method = {
  name: 'suggested template',
  run: async ({ runner, set, train, evaluation }) => {
    const started = performance.now();
    const words = set.words.map((w) => [w]);
    const scores = [];
    for (const candidate of applicableTemplates(train)) {
      const accuracy = await accuracyOf(
        runner,
        promptInput(candidate.template, words, train),
        train,
      );
      scores.push({ ...candidate, accuracy, calibratedAccuracy: accuracy });
    }
    const best = rankTemplateScores(scores)[0]?.template ?? set.template;
    const searchMs = performance.now() - started;
    return {
      accuracy: await accuracyOf(runner, promptInput(best, words, evaluation), evaluation),
      searchMs,
    };
  },
};

/** "Refine template" from the manual template on the k-shot rows (3 rounds, 8 candidates). */
const refine: Method = {
  name: 'refined template',
  run: async ({ runner, set, train, evaluation }) => {
    const started = performance.now();
    const words = set.words.map((w) => [w]);
    const outcome = await refineTemplate(set.template, {
      candidatesFor: async (template, slot) => {
        const found = await slotCandidates(runner, {
          type: 'slotCandidates',
          id: 0,
          template,
          slot: slot.index,
          rows: train
            .slice(0, 32)
            .map((r) => ({ text: r.text, labelWord: set.words[r.label] ?? '' })),
          labelWordsAfterSpace: true,
          count: 8,
        });
        return 'code' in found ? null : found;
      },
      accuracyOf: async (templates, onScored) => {
        const out: number[] = [];
        for (const template of templates) {
          out.push(await accuracyOf(runner, promptInput(template, words, train), train));
          onScored();
        }
        return out;
      },
    });
    const final = outcome.steps[outcome.steps.length - 1]?.template ?? set.template;
    const searchMs = performance.now() - started;
    return {
      accuracy: await accuracyOf(runner, promptInput(final, words, evaluation), evaluation),
      searchMs,
    };
  },
};

/** The manual prompt with one demonstration per class from the k-shot rows (LM-BFF style). */
function demonstrations(sampling: 'random' | 'similar'): Method {
  return {
    name: `demonstrations (1 per class, ${sampling})`,
    run: async ({ runner, set, train, evaluation, seed }) => ({
      accuracy: await accuracyOf(
        runner,
        {
          ...manualInput(set, evaluation),
          demonstrations: {
            texts: train.map((r) => r.text),
            classIndex: train.map((r) => r.label),
            poolIndexOfExample: evaluation.map(() => -1),
            perClass: 1,
            sets: 1,
            sampling,
            seed,
          },
        },
        evaluation,
      ),
      searchMs: 0,
    }),
  };
}

/** Every method, baseline first. */
export const METHODS: Method[] = [
  manual,
  labelWords,
  templates,
  refine,
  demonstrations('random'),
  demonstrations('similar'),
];
