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

const CLAUSES = [
  'and after two weeks I still think about the ending',
  'although the trailer promised something else entirely',
  'which is more than I can say for most films this year',
  'but the soundtrack alone is worth the ticket',
  'even if the middle hour drags',
  'and the audience around me clapped at the end',
  'though I expected far more from this director',
  'so I would not watch it again',
];

/** A small seeded generator (mulberry32): the same lines on every machine and run. */
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * `count` distinct unlabelled review lines of varied length (one clause to five, as real reviews
 * are), generated from a fixed seed: the responsiveness scenario's larger example sets, where
 * length differences make padding matter.
 */
export function variedExamples(count, seed = 10) {
  const random = seededRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const lines = new Set();
  for (let tries = 0; lines.size < count; tries++) {
    if (tries > count * 100) throw new Error(`variedExamples: cannot make ${count} distinct lines`);
    const extra = Math.floor(random() ** 2 * 5); // mostly short, some long
    const clauses = Array.from({ length: extra }, () => pick(CLAUSES));
    const opener = random() < 0.4 ? `${pick(OPENERS)}, ` : '';
    const subject = opener ? pick(SUBJECTS).toLowerCase() : pick(SUBJECTS);
    lines.add(
      `${opener}${subject} ${pick(VERDICTS)}${pick(CODAS)}${clauses.map((c) => `, ${c}`).join('')}.`,
    );
  }
  return [...lines];
}

// Template edits of the responsiveness scenario keep the token count: the words swapped in are
// one token each in the bench's BERT-base vocabulary, so every edit costs the same model work.
const EDIT_SUBJECTS = ['It', 'This', 'That', 'All', 'Still', 'Also'];
const EDIT_FILLERS = FILLERS.filter((f) => f !== 'honestly');

/** The number of distinct templates `sameLengthTemplate` makes. */
export const SAME_LENGTH_TEMPLATES = EDIT_SUBJECTS.length * EDIT_FILLERS.length;

/** Template edit `i` of a page (each new, so each runs the model), all of the same length. */
export function sameLengthTemplate(i) {
  if (i >= SAME_LENGTH_TEMPLATES)
    throw new Error(`sameLengthTemplate: only ${SAME_LENGTH_TEMPLATES} distinct templates`);
  const subject = EDIT_SUBJECTS[i % EDIT_SUBJECTS.length];
  const filler = EDIT_FILLERS[Math.floor(i / EDIT_SUBJECTS.length)];
  return `{text} ${subject} was ${filler} [MASK].`;
}
