/**
 * The verbalizer: which vocabulary words stand for which class, and how the masked LM's
 * distribution at the mask becomes class probabilities. Pure: no DOM, no model.
 */

/** A class as the user edits it: a name and its label words, comma-separated. */
export interface VerbalizerClass {
  id: string;
  name: string;
  labelWords: string;
}

/** A class ready for scoring: its name and the vocabulary id that stands for each label word. */
export interface ScoringClass {
  name: string;
  wordIds: number[];
}

/** A reason the verbalizer cannot be scored, or a word a person should look at. */
export type VerbalizerIssue =
  | { code: 'tooFewClasses' }
  | { code: 'emptyClassName'; classId: string }
  | { code: 'duplicateClassName'; name: string }
  | { code: 'noLabelWords'; classId: string }
  | { code: 'emptyLabelWord'; classId: string }
  | { code: 'duplicateLabelWord'; word: string; classIds: string[] };

// Commas in either script: Chinese classrooms type 、 and ， as often as ','.
const WORD_SEPARATOR = /[,，、]/;

/** Splits a class's label-word box into words; empty entries are kept as '' so they can be flagged. */
export function splitLabelWords(raw: string): string[] {
  if (raw.trim() === '') return [];
  return raw.split(WORD_SEPARATOR).map((w) => w.trim());
}

/** The non-empty label words of a class, in the order typed. */
export function labelWordsOf(cls: VerbalizerClass): string[] {
  return splitLabelWords(cls.labelWords).filter((w) => w !== '');
}

/** Lists everything that stops the verbalizer from being scored. An empty list means it is usable. */
export function validateVerbalizer(classes: VerbalizerClass[]): VerbalizerIssue[] {
  const issues: VerbalizerIssue[] = [];
  if (classes.length < 2) issues.push({ code: 'tooFewClasses' });

  const namesSeen = new Set<string>();
  const wordOwners = new Map<string, string[]>();
  for (const cls of classes) {
    const name = cls.name.trim();
    if (name === '') issues.push({ code: 'emptyClassName', classId: cls.id });
    else if (namesSeen.has(name)) issues.push({ code: 'duplicateClassName', name });
    namesSeen.add(name);

    const words = splitLabelWords(cls.labelWords);
    if (words.every((w) => w === '')) issues.push({ code: 'noLabelWords', classId: cls.id });
    else if (words.includes('')) issues.push({ code: 'emptyLabelWord', classId: cls.id });
    for (const word of words) {
      if (word === '') continue;
      const owners = wordOwners.get(word) ?? [];
      owners.push(cls.id);
      wordOwners.set(word, owners);
    }
  }
  for (const [word, owners] of wordOwners) {
    if (owners.length > 1) issues.push({ code: 'duplicateLabelWord', word, classIds: owners });
  }
  return issues;
}

/**
 * The default scoring rule: a class's score is the sum of its label words' probabilities under
 * the softmax over the whole vocabulary, and the class scores are then normalised to sum to 1.
 * `vocabProbs` is that softmax at the mask.
 */
export function scoreVerbalizer(vocabProbs: Float32Array, classes: ScoringClass[]): number[] {
  const raw = classes.map((cls) => cls.wordIds.reduce((sum, id) => sum + (vocabProbs[id] ?? 0), 0));
  const total = raw.reduce((a, b) => a + b, 0);
  // All label words at probability 0 only happens with underflow; fall back to uniform, not NaN.
  if (!(total > 0)) return raw.map(() => 1 / raw.length);
  return raw.map((s) => s / total);
}

/** The share of the mask's probability mass that falls on any label word (how "on topic" the mask is). */
export function labelWordMass(vocabProbs: Float32Array, classes: ScoringClass[]): number {
  return classes.reduce(
    (sum, cls) => sum + cls.wordIds.reduce((s, id) => s + (vocabProbs[id] ?? 0), 0),
    0,
  );
}
