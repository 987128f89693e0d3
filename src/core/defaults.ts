/** The workspace a person starts from, and gets back with "Reset workspace". */
import type { CalibrationMode } from './evaluation/calibration';
import type { Language } from './language';
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

/** The Chinese starter template: a verdict frame cloze-lab-zh was taught (its model card). */
export const DEFAULT_TEMPLATE_ZH = '{text}总之，很[MASK]。';

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

/** The Chinese starter classes: 正面 → 好, 棒 and 负面 → 差, 烂 (single tokens of cloze-lab-zh). */
export const DEFAULT_CLASSES_ZH: VerbalizerClass[] = [
  { id: 'positive', name: '正面', labelWords: '好, 棒' },
  { id: 'negative', name: '负面', labelWords: '差, 烂' },
];

// Written for this project (not taken from any dataset, nor from cloze-lab-zh's corpus): short
// reviews of hotels, food, books, goods, films and classes, half positive, half negative, with
// negation (不, 没有, 别), a positive word that holds a negation character (不错) and contrasts.
const STARTER_EXAMPLES_ZH: Array<[string, string]> = [
  ['正面', '房间很干净，服务员也很热情。'],
  ['负面', '菜又贵又难吃，还等了一个小时。'],
  ['正面', '这本书写得真好，我一口气读完了。'],
  ['负面', '手机用了两天就坏了，客服也不理人。'],
  ['正面', '价格不贵，质量不错，下次还会买。'],
  ['负面', '电影太长了，故事也没有意思。'],
  ['正面', '老师讲得很清楚，孩子很喜欢上课。'],
  ['负面', '房间很小，晚上特别吵，根本睡不着。'],
  ['正面', '送货很快，包装也很好。'],
  ['负面', '说是新的，打开一看全是划痕。'],
  ['正面', '开始有点慢，但是结尾非常感人。'],
  ['负面', '看起来不错，用起来却很麻烦。'],
  ['正面', '没想到这么便宜的耳机音质这么好。'],
  ['负面', '不推荐，别再来这家店了。'],
];

function examplesText(examples: Array<[string, string]>): string {
  return examples.map(([label, text]) => `${label}\t${text}`).join('\n');
}

/** The starter examples as the Examples box shows them. */
export const DEFAULT_EXAMPLES_TEXT = examplesText(STARTER_EXAMPLES);

/** The Chinese starter examples as the Examples box shows them. */
export const DEFAULT_EXAMPLES_TEXT_ZH = examplesText(STARTER_EXAMPLES_ZH);

/** A fresh copy of the default workspace of a UI language (English unless told). */
export function defaultWorkspace(language: Language = 'en'): Workspace {
  const zh = language === 'zh';
  return {
    template: zh ? DEFAULT_TEMPLATE_ZH : DEFAULT_TEMPLATE,
    classes: (zh ? DEFAULT_CLASSES_ZH : DEFAULT_CLASSES).map((c) => ({ ...c })),
    examplesText: zh ? DEFAULT_EXAMPLES_TEXT_ZH : DEFAULT_EXAMPLES_TEXT,
    selectedIndex: 0,
    labelWordsAfterSpace: true,
    calibration: 'none',
    demonstrations: defaultDemonstrations(),
  };
}
