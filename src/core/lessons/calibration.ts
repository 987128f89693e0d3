/** Lesson 6: calibration — a prompt's bias toward one class, and how to remove it. */
import { reviewRows } from './reviews';
import type { Lesson } from './types';

/** Contextual and batch calibration of a biased verbalizer. */
export const CALIBRATION_LESSON: Lesson = {
  id: 'calibration',
  title: { en: 'Calibration and bias', zh: '校准与偏差' },
  workspace: {
    template: '{text} It was [MASK].',
    // "good" is a far more common word than "awful": the prompt leans toward positive.
    classes: [
      { name: 'positive', labelWords: 'good' },
      { name: 'negative', labelWords: 'awful' },
    ],
    examples: reviewRows(12),
    calibration: 'none',
  },
  steps: [
    {
      target: 'predictions',
      title: { en: 'Is the prompt biased?', zh: '提示有偏差吗？' },
      text: {
        en: 'Label words differ in how common they are. Count how often each class is predicted: if one class wins far more often than it should, the prompt is biased toward it, whatever the text says.',
        zh: '标签词本身的常见程度不同。数一数每个类别被预测了多少次：如果某一类赢得远比应有的多，说明提示偏向这一类，与文本内容无关。',
      },
    },
    {
      target: 'calibration',
      title: { en: 'Contextual calibration', zh: '上下文校准' },
      text: {
        en: 'Choose "Contextual". The app asks the model about content-free inputs ("N/A" and an empty text) — their class probabilities are the prompt\'s bias (the prior shown below). Each row is divided by that prior and renormalised.',
        zh: '选择"Contextual（上下文）"。应用用无内容的输入（"N/A" 和空文本）询问模型——它们的类别概率就是提示的偏差（下方显示的先验）。每一行都除以这个先验，再重新归一化。',
      },
    },
    {
      target: 'metrics',
      title: { en: 'Before and after', zh: '校准前后' },
      text: {
        en: 'Compare "Accuracy" with "Uncalibrated" beside it. Calibration helps most when the bias is strong; when a prompt is already balanced it can change little, or even cost a point.',
        zh: '比较"准确率"和旁边的"未校准"准确率。偏差强时校准帮助最大；如果提示本来就比较均衡，校准可能改变不大，甚至略有下降。',
      },
    },
    {
      target: 'calibration',
      title: { en: 'Batch calibration', zh: '批量校准' },
      text: {
        en: 'Now choose "Batch": the prior is the mean over the rows themselves (no labels used). It needs many rows, and assumes the classes are roughly balanced in them.',
        zh: '再选择"Batch（批量）"：先验取所有行本身的平均值（不使用标签）。它需要较多的行，并且假设各类别在这些行中大致均衡。',
      },
    },
  ],
};
