/** The workspace a person starts from, and gets back with "Reset workspace". */
import type { CalibrationMode } from './evaluation/calibration';
import { defaultDemonstrations, type DemonstrationSettings } from './search/demonstrationSettings';
import type { VerbalizerClass } from './verbalizer';

/** Everything the user edits; this is what is saved across reloads. */
export interface Workspace {
  template: string;
  classes: VerbalizerClass[];
  examplesText: string;
  selectedIndex: number;
  /** Score label words as they appear after a space (byte-level BPE tokenizers only). */
  labelWordsAfterSpace: boolean;
  /** How class probabilities are calibrated (part of the prompt, like the template). */
  calibration: CalibrationMode;
  /** In-context demonstrations after each input (LM-BFF). */
  demonstrations: DemonstrationSettings;
}

/** The starter template, as in the PET paper's sentiment patterns. */
export const DEFAULT_TEMPLATE = '{text} It was [MASK].';

/** Starter classes: the minimal sentiment verbalizer. */
export const DEFAULT_CLASSES: VerbalizerClass[] = [
  { id: 'positive', name: 'positive', labelWords: 'great' },
  { id: 'negative', name: 'negative', labelWords: 'terrible' },
];

// Written for this project (not taken from any dataset): short movie-review sentences, half
// positive, half negative, a few with negation or contrast so the verbalizer has to work.
const STARTER_EXAMPLES: Array<[string, string]> = [
  ['positive', 'A moving, beautifully acted film.'],
  ['negative', 'The plot was dull and the jokes fell flat.'],
  ['positive', 'I laughed from start to finish.'],
  ['negative', 'Two hours of my life I will never get back.'],
  ['positive', 'The cast is wonderful and the story is warm.'],
  ['negative', 'A boring mess with wooden dialogue.'],
  ['positive', 'One of the best films I have seen this year.'],
  ['negative', 'The acting was awful and the ending made no sense.'],
  ['positive', 'Smart, funny and full of heart.'],
  ['negative', 'I wanted to leave after twenty minutes.'],
  ['positive', 'The music and the images stayed with me for days.'],
  ['negative', 'Not funny, not scary, just bad.'],
  ['positive', 'It is slow at first, but the ending is perfect.'],
  ['negative', 'Pretty to look at, but the story is empty.'],
];

/** The starter examples as the Examples box shows them. */
export const DEFAULT_EXAMPLES_TEXT = STARTER_EXAMPLES.map(
  ([label, text]) => `${label}\t${text}`,
).join('\n');

/** A fresh copy of the default workspace. */
export function defaultWorkspace(): Workspace {
  return {
    template: DEFAULT_TEMPLATE,
    classes: DEFAULT_CLASSES.map((c) => ({ ...c })),
    examplesText: DEFAULT_EXAMPLES_TEXT,
    selectedIndex: 0,
    labelWordsAfterSpace: true,
    calibration: 'none',
    demonstrations: defaultDemonstrations(),
  };
}
