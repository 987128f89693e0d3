/**
 * Ready-made sentiment prompts per UI language: a template with the classes' label words. Each
 * uses a verdict frame the bundled model of that language was taught (tools/model corpus
 * generators), so a preset works out of the box; the first is the language's default. Pure.
 */
import {
  DEFAULT_CLASSES,
  DEFAULT_CLASSES_ZH,
  DEFAULT_TEMPLATE,
  DEFAULT_TEMPLATE_ZH,
} from './defaults';
import type { Language } from './language';
import type { VerbalizerClass } from './verbalizer';

/** A template and its classes, offered as one choice. */
export interface TemplatePreset {
  id: string;
  template: string;
  classes: VerbalizerClass[];
}

function sentiment(labelWords: [string, string], names: [string, string]): VerbalizerClass[] {
  return [
    { id: 'positive', name: names[0], labelWords: labelWords[0] },
    { id: 'negative', name: names[1], labelWords: labelWords[1] },
  ];
}

const EN: [string, string] = ['positive', 'negative'];
const ZH: [string, string] = ['正面', '负面'];

const PRESETS: Record<Language, TemplatePreset[]> = {
  en: [
    { id: 'it-was', template: DEFAULT_TEMPLATE, classes: DEFAULT_CLASSES },
    {
      id: 'all-in-all',
      template: '{text} All in all, it was [MASK].',
      classes: sentiment(['great, good', 'terrible, bad'], EN),
    },
    {
      id: 'in-short',
      template: '{text} In short, [MASK].',
      classes: sentiment(['great', 'terrible'], EN),
    },
  ],
  zh: [
    { id: 'zongzhi', template: DEFAULT_TEMPLATE_ZH, classes: DEFAULT_CLASSES_ZH },
    { id: 'manyi', template: '[MASK]满意。{text}', classes: sentiment(['很', '不'], ZH) },
    { id: 'ganjue', template: '{text}感觉很[MASK]。', classes: sentiment(['好', '差'], ZH) },
  ],
};

/** The presets offered in a UI language, the default first (copies: callers may keep them). */
export function templatePresets(language: Language): TemplatePreset[] {
  return PRESETS[language].map((p) => ({ ...p, classes: p.classes.map((c) => ({ ...c })) }));
}
