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

/** A class ready for scoring: its name and, for each label word, the ids of its pieces. */
export interface ScoringClass {
  name: string;
  words: number[][];
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
 * How likely the masks are to spell one label word. `distributions[i]` is the softmax over the
 * vocabulary at the i-th mask. A one-piece word scores its probability at the first mask; a word
 * of k pieces scores exp(mean over i < k of log p_i(piece i)) — the mean log-probability of its
 * pieces (PET), so long words are not punished for their length.
 */
export function scoreLabelWord(distributions: Float32Array[], pieces: number[]): number {
  const k = Math.min(pieces.length, distributions.length);
  if (k === 0) return 0;
  let logSum = 0;
  for (let i = 0; i < k; i++) logSum += Math.log(distributions[i]?.[pieces[i] ?? -1] ?? 0);
  return Math.exp(logSum / k);
}

/**
 * The default scoring rule: a class's score is the sum of its label words' probabilities under
 * the softmax over the whole vocabulary at the mask, and the class scores are then normalised to
 * sum to 1. Multi-piece words enter with their `scoreLabelWord` value.
 */
export function scoreVerbalizer(distributions: Float32Array[], classes: ScoringClass[]): number[] {
  const raw = classes.map((cls) =>
    cls.words.reduce((sum, pieces) => sum + scoreLabelWord(distributions, pieces), 0),
  );
  const total = raw.reduce((a, b) => a + b, 0);
  // All label words at probability 0 only happens with underflow; fall back to uniform, not NaN.
  if (!(total > 0)) return raw.map(() => 1 / raw.length);
  return raw.map((s) => s / total);
}

/** The share of the mask's probability mass that falls on any label word (how "on topic" the mask is). */
export function labelWordMass(distributions: Float32Array[], classes: ScoringClass[]): number {
  return classes.reduce(
    (sum, cls) =>
      sum + cls.words.reduce((s, pieces) => s + scoreLabelWord(distributions, pieces), 0),
    0,
  );
}
