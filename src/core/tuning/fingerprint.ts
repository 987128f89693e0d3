/** What a tuned head depends on, as one string: a head trained under other inputs must not apply. Pure. */

/** The template (as parsed), each class's label words and the spacing rule, in order. */
export function tuningFingerprint(
  templateKey: string,
  classes: Array<{ name: string; words: string[] }>,
  labelWordsAfterSpace: boolean,
): string {
  return JSON.stringify([templateKey, classes.map((c) => [c.name, c.words]), labelWordsAfterSpace]);
}
