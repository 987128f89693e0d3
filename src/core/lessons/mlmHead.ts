/** Lesson 4: training only the MLM head, and why it overfits less than a new [CLS] head. */
import { reviewRows, SENTIMENT_CLASSES } from './reviews';
import type { Lesson } from './types';

/** Prompt-based fine-tuning of the label words' output weights only. */
export const MLM_HEAD_LESSON: Lesson = {
  id: 'mlm-head',
  title: { en: 'Training only the MLM head', zh: '只训练 MLM 输出头' },
  workspace: {
    template: '{text} It was [MASK].',
    classes: SENTIMENT_CLASSES,
    examples: reviewRows(16),
    calibration: 'none',
    tuning: { shots: 4, epochs: 30, seed: 1 },
  },
  steps: [
    {
      target: 'shotsPerClass',
      title: { en: 'A small training set', zh: '很小的训练集' },
      text: {
        en: '4 examples per class are drawn (with the seed) for training; every other labelled row is kept for evaluation.',
        zh: '按随机种子每类抽 4 个例子用于训练；其余带标签的行都留作评估。',
      },
    },
    {
      target: 'train',
      title: { en: 'Train both heads', zh: '训练两种分类头' },
      text: {
        en: 'Press "Train". The prompt head only adjusts the output weights of the label words ("great", "terrible") and starts exactly at the zero-shot prediction. The [CLS] head is a new classifier with random weights. Watch the table "Training history" below: loss and accuracy per epoch for both.',
        zh: '点击"训练"。提示头只调整标签词（"great"、"terrible"）的输出权重，起点正好是零样本预测。[CLS] 分类头是一个随机初始化的新分类器。观察下方的"训练记录"表（Training history）：两种分类头每轮的损失和准确率。',
      },
    },
    {
      target: 'train',
      title: { en: 'Look for overfitting', zh: '注意过拟合' },
      text: {
        en: 'With 8 training rows, a head can reach 100% training accuracy by memorising them. Compare training and evaluation accuracy: the gap is overfitting. The prompt head starts from what the model already knows and changes few weights, so its gap usually stays smaller.',
        zh: '只有 8 个训练样本时，分类头可以靠死记硬背达到 100% 的训练准确率。比较训练准确率和评估准确率：两者的差距就是过拟合。提示头从模型已有的知识出发，只改动很少的权重，所以差距通常更小。',
      },
    },
    {
      target: 'useTunedHead',
      title: { en: 'Use the tuned head', zh: '使用调优后的头' },
      text: {
        en: 'Switch on "Use tuned head": the table now shows the tuned prompt head\'s predictions. The rows used for training are not counted in the metrics.',
        zh: '打开"使用调优后的头"：表格现在显示训练后提示头的预测。用于训练的行不计入评估指标。',
      },
    },
  ],
};
