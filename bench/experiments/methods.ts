/**
 * The methods the accuracy experiment compares, each run on one seed's few-shot rows and scored on
 * the fixed test rows: the hand-written prompt (the baseline every search starts from) and the
 * searches of issue #12.
 */
import { argmax } from '../../src/core/softmax';
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

/** Every method, baseline first. */
export const METHODS: Method[] = [manual];
