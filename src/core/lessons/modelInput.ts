/** Lesson 7: what the model actually sees — tokens, truncation and [UNK]. */
import type { Lesson } from './types';

// Longer than the bundled model's 128 tokens, with the verdict at the very end: cut away.
const LONG_REVIEW = [
  'The film opens in a small town by the sea.',
  ...Array.from({ length: 12 }, () => 'Then the story goes on and on without going anywhere.'),
  'But the last scene is wonderful and I loved it.',
].join(' ');

/** Tokens, truncation and unknown characters, seen in "What the model sees". */
export const MODEL_INPUT_LESSON: Lesson = {
  id: 'model-input',
  title: { en: 'What the model actually sees', zh: '模型真正看到了什么' },
  workspace: {
    template: '{text} It was [MASK].',
    classes: [
      { name: 'positive', labelWords: 'great' },
      { name: 'negative', labelWords: 'terrible' },
    ],
    examples: [
      ['positive', 'An unforgettable cinematography masterpiece.'],
      ['positive', LONG_REVIEW],
      ['negative', 'Boring 😴 and far too long.'],
      ['positive', '这部电影很好看。'],
    ],
    calibration: 'none',
  },
  steps: [
    {
      target: 'tokenPreview',
      title: { en: 'Word pieces', zh: '词元' },
      text: {
        en: 'The model reads word pieces, not words: a rare word such as "cinematography" is split into pieces (##…). Everything is lower-cased, because this model is uncased.',
        zh: '模型读的是词元，不是整词：像 "cinematography" 这样的少见词会被切成几段（##…）。所有字母都变成小写，因为这个模型不区分大小写。',
      },
    },
    {
      target: 'predictions',
      title: { en: 'Select another row', zh: '选择别的行' },
      text: {
        en: 'Click a row in the Predictions table to see its tokens. The second example is long: the model reads at most 128 tokens, so the app cuts the text (never the template or the mask) — and here the verdict at the end is lost.',
        zh: '在预测表格里点击一行就能看到它的词元。第二个例子很长：模型最多读 128 个词元，所以应用会截断文本（不会截掉模板和 [MASK]）——这里结尾处的评价就被截掉了。',
      },
    },
    {
      target: 'examples',
      title: { en: 'Unknown characters', zh: '未知字符' },
      text: {
        en: 'In the Examples box, the third row has an emoji and the fourth is Chinese: characters missing from the vocabulary become [UNK], and the model learns nothing from them. Select them in the table and look at their tokens.',
        zh: '在例句输入框里，第三行有一个表情符号，第四行是中文：词表里没有的字符会变成 [UNK]，模型从中得不到任何信息。在表格中选中它们，看看它们的词元。内置模型只懂英文；要用中文例子，请在"模型"里选择中文模型（如 Xenova/bert-base-chinese）。',
      },
    },
    {
      target: 'tokenPreview',
      title: { en: 'Always check the input', zh: '一定要检查输入' },
      text: {
        en: 'Before trusting a prediction, check what the model saw: where the mask is, whether the text was cut, and whether [UNK] replaced something important.',
        zh: '在相信一个预测之前，先检查模型看到了什么：[MASK] 在哪里，文本有没有被截断，[UNK] 有没有替换掉重要的内容。',
      },
    },
  ],
};
