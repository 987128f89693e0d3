// Example sentences written for the bench (no dataset is copied into the project), and the edits
// the scenarios make to the template.

const SUBJECTS = [
  'The acting',
  'The story',
  'The music',
  'The ending',
  'The camera work',
  'The dialogue',
  'The cast',
  'The pacing',
];
const VERDICTS = [
  'was warm and full of life',
  'felt flat and far too long',
  'kept me smiling from start to finish',
  'made no sense at all, sadly',
];

/** The bench's 32 short review lines (`label<TAB>text`, about 10–24 tokens with the template). */
export const EXAMPLES = SUBJECTS.flatMap((s, i) =>
  VERDICTS.map((v, j) => `${(i + j) % 2 ? 'negative' : 'positive'}\t${s} ${v}.`),
);

/** 32 unlabelled sentences of about 24 tokens each with the template, as real reviews run. */
export const LONG_EXAMPLES = SUBJECTS.flatMap((subject, i) =>
  VERDICTS.map(
    (verdict, j) =>
      `${subject} ${verdict}, and after ${i + j + 2} weeks I still think about the ending.`,
  ),
);

const OPENERS = [
  'Honestly',
  'On a second viewing',
  'For a debut',
  'Compared with the book',
  'In the cinema',
  'At home on a small screen',
  'With friends',
  'Against all my hopes',
];
const CODAS = [
  '',
  ' by the last act',
  ' for most of the night',
  ' in almost every scene',
  ' once the plot got going',
  ' despite the hype',
  ' as my sister said too',
  ' from the very first minute',
];

/**
 * `count` labelled lines for the scale scenarios: the 32 bench lines first, then distinct
 * generated ones (opener × subject × verdict × coda, labelled by the verdict's sentiment).
 */
export function manyExamples(count) {
  const generated = OPENERS.flatMap((opener) =>
    CODAS.flatMap((coda) =>
      SUBJECTS.flatMap((subject) =>
        VERDICTS.map(
          (verdict, v) =>
            `${v % 2 ? 'negative' : 'positive'}\t${opener}, ${subject.toLowerCase()} ${verdict}${coda}.`,
        ),
      ),
    ),
  );
  const lines = [...EXAMPLES, ...generated];
  if (count > lines.length) throw new Error(`manyExamples: at most ${lines.length} lines`);
  return lines.slice(0, count);
}

/** Filler words for template edits. */
export const FILLERS = [
  'really',
  'truly',
  'quite',
  'so',
  'very',
  'just',
  'rather',
  'pretty',
  'simply',
  'honestly',
];

/**
 * The template for edit round `i`: a new filler word (and, after every ten rounds, one more
 * "It"), so every template edit of a page misses the prediction cache and runs the model.
 */
export function templateForRound(i) {
  const filler = FILLERS[i % FILLERS.length];
  return `{text} ${'It '.repeat(1 + Math.floor(i / FILLERS.length))}was ${filler} [MASK].`;
}

/** The label-word edit for round `i`: alternates, so each edit changes the positive class's words. */
export function labelWordsForRound(i) {
  return i % 2 ? 'great' : 'great, good';
}
