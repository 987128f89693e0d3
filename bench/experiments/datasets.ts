/**
 * The public datasets of ../shared/data as the accuracy experiment reads them: rows with class
 * names, a manual prompt per set (LM-BFF's manual templates and label words), and seeded samples.
 * The files stay where they are: nothing is copied into the repository.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seededRandom, shuffled } from '../../src/core/tuning/random';

const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/** One labelled row. */
export interface Row {
  text: string;
  label: number;
}

/** A dataset with its class names and the hand-written prompt the methods start from. */
export interface ExperimentSet {
  name: string;
  file: string;
  classNames: string[];
  template: string;
  /** One label word per class (LM-BFF's manual verbalizer, lower-cased for an uncased model). */
  words: string[];
  /** Which task the template library tags it with. */
  task: 'sentiment' | 'subjectivity' | 'questionType';
}

/** SST-2, CR, SUBJ and TREC with LM-BFF's manual prompts (Gao et al. 2021, Table 1). */
export const SETS: ExperimentSet[] = [
  {
    name: 'SST-2',
    file: 'sst2-train.tsv',
    classNames: ['negative', 'positive'],
    template: '{text} It was [MASK].',
    words: ['terrible', 'great'],
    task: 'sentiment',
  },
  {
    name: 'CR',
    file: 'cr-train.tsv',
    classNames: ['negative', 'positive'],
    template: '{text} It was [MASK].',
    words: ['terrible', 'great'],
    task: 'sentiment',
  },
  {
    name: 'SUBJ',
    file: 'subj-train.tsv',
    classNames: ['subjective', 'objective'],
    template: '{text} This is [MASK].',
    words: ['subjective', 'objective'],
    task: 'subjectivity',
  },
  {
    name: 'TREC',
    file: 'trec-train.tsv',
    classNames: ['description', 'entity', 'abbreviation', 'human', 'location', 'number'],
    template: '[MASK]: {text}',
    words: ['description', 'entity', 'expression', 'human', 'location', 'number'],
    task: 'questionType',
  },
];

/** The rows of a dataset file (`label<TAB>text` with a header line). */
export function readRows(set: ExperimentSet): Row[] {
  return readFileSync(`${DATA}${set.file}`, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const tab = line.indexOf('\t');
      return { label: Number(line.slice(0, tab)), text: line.slice(tab + 1).trim() };
    })
    .filter((r) => Number.isInteger(r.label) && r.text !== '');
}

/** k rows per class for the search (seeded), and `evaluationSize` other rows to test on. */
export function fewShotSample(
  rows: Row[],
  classCount: number,
  k: number,
  seed: number,
  evaluation: Row[],
): Row[] {
  const random = seededRandom(seed);
  const held = new Set(evaluation.map((r) => r.text));
  const train: Row[] = [];
  for (let c = 0; c < classCount; c++)
    train.push(
      ...shuffled(
        rows.filter((r) => r.label === c && !held.has(r.text)),
        random,
      ).slice(0, k),
    );
  return train;
}

/** A fixed seeded sample of rows to evaluate every method on (the same for every seed). */
export function evaluationSample(rows: Row[], size: number): Row[] {
  return shuffled(rows, seededRandom(12_345)).slice(0, size);
}
