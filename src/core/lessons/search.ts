/** Lesson 8: letting the model suggest label words and templates (LM-BFF-style search). */
import { reviewRows, SENTIMENT_CLASSES } from './reviews';
import type { Lesson } from './types';

/** Automatic label-word and template search, and why its figures flatter. */
export const SEARCH_LESSON: Lesson = {
  id: 'search',
  title: { en: 'Searching for label words and templates', zh: '自动搜索标签词和模板' },
  workspace: {
    template: '{text} It was [MASK].',
    classes: SENTIMENT_CLASSES,
    examples: reviewRows(12),
    calibration: 'none',
  },
  steps: [
    {
      target: 'suggestLabelWords',
      title: { en: 'Suggest label words', zh: '建议标签词' },
      text: {
        en: 'Press "Suggest label words". For each class the app ranks the words the model prefers at the mask for that class\'s rows over the other rows, then tries combinations and keeps the most accurate one.',
        zh: '点击"建议标签词"。应用对每个类别，找出模型在该类的行上比在其他行上更偏爱填入 [MASK] 的词，再尝试不同组合，保留最准确的一组。',
      },
    },
    {
      target: 'labelWords',
      title: { en: 'Are the words sensible?', zh: '这些词合理吗？' },
      text: {
        en: 'Compare the suggestions with "great" and "terrible". Searched words can be odd: they fit these few rows, not sentiment in general. The search uses the labelled rows, so its accuracy is not a fair test.',
        zh: '把推荐的词和 "great"、"terrible" 比较。搜索到的词可能很奇怪：它们只适合这几行，而不是一般意义上的情感。搜索用的就是带标签的行，所以它的准确率不是公平的测试。',
      },
    },
    {
      target: 'suggestTemplates',
      title: { en: 'Suggest templates', zh: '推荐模板' },
      text: {
        en: 'Press "Suggest templates": the app scores its library of templates with your label words, with and without calibration. "Use template n" puts one into the Template box.',
        zh: '点击"推荐模板"：应用用你的标签词给模板库里的模板打分（包括校准前后）。"使用"会把它放进模板输入框。',
      },
    },
    {
      target: 'template',
      title: { en: 'Keep a held-out check', zh: '留出数据来检验' },
      text: {
        en: 'Whatever the search picks, check it on rows it did not see (for example after training, on the evaluation rows). In the papers, search needs a separate development set for the same reason.',
        zh: '无论搜索选中了什么，都要在它没见过的行上检验（例如训练后，在评估行上）。论文里的搜索需要单独的开发集，也是同样的道理。',
      },
    },
  ],
};
