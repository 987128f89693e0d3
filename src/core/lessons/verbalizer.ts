/** Lesson 3: the verbalizer — label words, several words per class, words of several pieces. */
import { reviewRows } from './reviews';
import type { Lesson } from './types';

/** Label words: what each class is called at the mask. */
export const VERBALIZER_LESSON: Lesson = {
  id: 'verbalizer',
  title: { en: 'The verbalizer: label words', zh: '标签词映射（verbalizer）' },
  workspace: {
    template: '{text} It was [MASK].',
    classes: [
      { name: 'positive', labelWords: 'great' },
      { name: 'negative', labelWords: 'terrible' },
    ],
    examples: reviewRows(10),
    calibration: 'none',
  },
  steps: [
    {
      target: 'labelWords',
      title: { en: 'One word per class', zh: '每类一个词' },
      text: {
        en: 'The verbalizer maps each class to words the model can put at the mask: positive → "great", negative → "terrible". A class\'s score is the probability of its words.',
        zh: '标签词映射把每个类别对应到模型能填进 [MASK] 的词：positive → "great"，negative → "terrible"。一个类别的得分就是它的标签词的概率。标签词要用模型的语言（这里是英文）。',
      },
    },
    {
      target: 'labelWords',
      title: { en: 'Several words per class', zh: '每类多个词' },
      text: {
        en: 'Type "great, good, wonderful" for positive (and "terrible, bad, awful" for negative). The probabilities of a class\'s words are added up, so one odd word matters less. Watch whether the accuracy changes.',
        zh: '给 positive 输入 "great, good, wonderful"（negative 输入 "terrible, bad, awful"）。同一类的词的概率会加起来，这样某一个不合适的词影响就小了。看看准确率有没有变化。',
      },
    },
    {
      target: 'labelWords',
      title: { en: 'Words of several pieces', zh: '被拆成多个片段的词' },
      text: {
        en: 'Now add "unwatchable" to negative. The chips under the box show how the tokenizer splits it: several pieces. The template then gets one mask per piece and the word scores the mean log-probability of its pieces — usually a weaker signal than a one-piece word.',
        zh: '再给 negative 加上 "unwatchable"。输入框下面的小标签显示分词器怎样切分它：被拆成了好几个片段。这时模板里会为每个片段放一个 [MASK]，这个词的得分是各片段对数概率的平均——通常不如单个片段的词可靠。',
      },
    },
    {
      target: 'predictions',
      title: { en: 'What changed', zh: '有什么变化' },
      text: {
        en: 'Compare the table with the first step. Good label words are frequent, one piece, and clearly belong to one class.',
        zh: '和第一步比较表格。好的标签词应该常见、只有一个片段，而且明显只属于一个类别。',
      },
    },
  ],
};
