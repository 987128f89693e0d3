/** Lesson 2: building a template by hand, from the article's own example. */
import { reviewRows, SENTIMENT_CLASSES } from './reviews';
import type { Lesson } from './types';

/** The article's template, `[CLS] I like the Disney films very much. [SEP] It was [MASK]. [SEP]`. */
export const TEMPLATE_LESSON: Lesson = {
  id: 'template-by-hand',
  title: { en: 'Building a template by hand', zh: '手工设计模板' },
  workspace: {
    template: '{text} It was [MASK].',
    classes: SENTIMENT_CLASSES,
    examples: reviewRows(8),
    calibration: 'none',
  },
  steps: [
    {
      target: 'template',
      title: { en: 'Text, then a question', zh: '先放原文，再提问' },
      text: {
        en: '{text} is where each example goes, [MASK] is the gap. With the first example this is the article\'s sentence: "I like the Disney films very much. It was [MASK]."',
        zh: '{text} 是放入每个例子的位置，[MASK] 是要填的空。以第一个例子为例，这正是文章里的句子："I like the Disney films very much. It was [MASK]."（内置模型是英文的，所以模板也用英文写。）',
      },
    },
    {
      target: 'tokenPreview',
      title: { en: 'What the model reads', zh: '模型读到的内容' },
      text: {
        en: 'The app adds the special tokens for you: [CLS] first, [SEP] last. The article writes [CLS] I like the Disney films very much. [SEP] It was [MASK]. [SEP], with a [SEP] between text and prompt; here both are one segment. Check that the mask sits where you expect.',
        zh: '应用会自动加上特殊标记：开头是 [CLS]，结尾是 [SEP]。文章写的是 [CLS] I like the Disney films very much. [SEP] It was [MASK]. [SEP]，原文和提示之间有一个 [SEP]；这里两者在同一段里。确认 [MASK] 在你预期的位置。',
      },
    },
    {
      target: 'predictions',
      title: { en: 'The answer at the mask', zh: '[MASK] 处的答案' },
      text: {
        en: 'For each example the model scores "great" and "terrible" at the mask; the table shows the two class probabilities. A row with the wrong class is marked — the small bundled model may get even the article\'s sentence wrong: it splits "Disney" and "films" into pieces (see the previous step).',
        zh: '对每个例子，模型给 [MASK] 处的 "great" 和 "terrible" 打分；表格显示两个类别的概率。预测错的行会被标出来——内置的小模型甚至可能把文章里的这句话判断错：它把 "Disney" 和 "films" 切成了几个片段（见上一步）。',
      },
    },
    {
      target: 'template',
      title: { en: 'Try variants', zh: '试试别的写法' },
      text: {
        en: 'Change the template and watch the table: "{text} The film was [MASK].", "{text} All in all, it was [MASK].", "[MASK]: {text}". Keep exactly one {text} and one [MASK]. Small changes in wording can move the probabilities a lot.',
        zh: '修改模板并观察表格："{text} The film was [MASK]."、"{text} All in all, it was [MASK]."、"[MASK]: {text}"。必须保留一个 {text} 和一个 [MASK]。措辞上的小变化可能让概率变化很大。',
      },
    },
    {
      target: 'metrics',
      title: { en: 'Compare with a number', zh: '用数字来比较' },
      text: {
        en: 'Accuracy counts the labelled rows the prompt gets right. Use it to compare your variants — but with 16 rows, one row is already 6 points, so do not trust small differences.',
        zh: '准确率统计提示答对的带标签行。用它来比较不同的模板——但只有 16 行时，一行就是 6 个百分点，小的差别不要太当真。',
      },
    },
  ],
};
