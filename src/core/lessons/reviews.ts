/**
 * Short movie-review sentences written for the lessons (not taken from any dataset): enough per
 * class for a 16-shot run that still leaves rows to evaluate on, some with negation or contrast.
 */

/** Positive reviews. */
export const POSITIVE_REVIEWS = [
  'I like the Disney films very much.',
  'A moving, beautifully acted film.',
  'I laughed from start to finish.',
  'The cast is wonderful and the story is warm.',
  'One of the best films I have seen this year.',
  'Smart, funny and full of heart.',
  'The music stayed with me for days.',
  'It is slow at first, but the ending is perfect.',
  'A charming little film that made me smile.',
  'The actors are superb in every scene.',
  'I would happily watch it again tomorrow.',
  'A brilliant script and a lovely cast.',
  'The best animated film of the decade.',
  'Every scene looks stunning.',
  'My kids loved it and so did I.',
  'A delightful story told with great care.',
  'The ending made the whole room cheer.',
  'Fresh, clever and never boring.',
  'Not perfect, but I enjoyed every minute.',
  'A fantastic film for the whole family.',
  'The jokes work and the songs are great.',
  'An excellent, honest and kind film.',
  'I did not expect to love it this much.',
  'A beautiful film that I will remember.',
] as const;

/** Negative reviews. */
export const NEGATIVE_REVIEWS = [
  'The plot was dull and the jokes fell flat.',
  'Two hours of my life I will never get back.',
  'A boring mess with wooden dialogue.',
  'The acting was awful and the ending made no sense.',
  'I wanted to leave after twenty minutes.',
  'Not funny, not scary, just bad.',
  'Pretty to look at, but the story is empty.',
  'A tedious film with nothing to say.',
  'The worst film I have seen this year.',
  'The characters are bland and forgettable.',
  'I fell asleep halfway through.',
  'A poor script and a tired cast.',
  'Loud, long and painfully stupid.',
  'The songs are dreadful and far too long.',
  'Even the children were bored.',
  'A disappointing sequel to a good film.',
  'Nothing in it works.',
  'Too slow, too silly and too long.',
  'I did not like a single character.',
  'A horrible waste of a good cast.',
  'The jokes are old and the plot is a mess.',
  'A mediocre film that nobody will remember.',
  'I expected much more and got very little.',
  'Ugly to look at and hard to sit through.',
] as const;

/** The first `n` reviews of each class, interleaved, as [class, text] rows. */
export function reviewRows(n: number): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (let i = 0; i < n; i++) {
    const positive = POSITIVE_REVIEWS[i];
    const negative = NEGATIVE_REVIEWS[i];
    if (positive) rows.push(['positive', positive]);
    if (negative) rows.push(['negative', negative]);
  }
  return rows;
}

/** The sentiment verbalizer most lessons start from (the article's own label words). */
export const SENTIMENT_CLASSES = [
  { name: 'positive', labelWords: 'great' },
  { name: 'negative', labelWords: 'terrible' },
];
