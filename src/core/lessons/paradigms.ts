/** Lesson 1: the four paradigms — a new [CLS] head versus prompt-based prediction. */
import { reviewRows, SENTIMENT_CLASSES } from './reviews';
import type { Lesson } from './types';

/** The four paradigms, and why the fourth (pre-train, prompt, predict) needs so few examples. */
export const PARADIGMS_LESSON: Lesson = {
  id: 'four-paradigms',
  title: {
    en: 'The four paradigms: a new [CLS] head or a prompt',
    zh: '四种范式：新的 [CLS] 分类头，还是提示',
  },
  workspace: {
    template: '{text} It was [MASK].',
    classes: SENTIMENT_CLASSES,
    examples: reviewRows(24),
    calibration: 'none',
    tuning: { shots: 4, seed: 1 },
  },
  steps: [
    {
      target: 'template',
      title: { en: 'The task becomes a cloze', zh: '把任务变成完形填空' },
      text: {
        en: 'NLP went from hand-made features, to new architectures, to "pre-train, then fine-tune", to "pre-train, prompt, predict". In the last one we do not add anything to the model: we rewrite the task as a sentence with a gap ([MASK]) that the masked language model already knows how to fill.',
        zh: 'NLP 经历了四种范式：人工特征、设计新的网络结构、"预训练 + 微调"，以及"预训练 + 提示 + 预测"。在最后一种里，我们不给模型加任何新东西，而是把任务改写成一个带空格（[MASK]）的句子，让掩码语言模型去填空。示例句子是英文的，因为内置模型 cloze-lab-en 只懂英文。',
      },
    },
    {
      target: 'predictions',
      title: { en: 'Predictions without training', zh: '不训练也能预测' },
      text: {
        en: 'No example has been used for training, yet each row already has a predicted class: the model compares how likely "great" and "terrible" are at the mask. This is zero-shot prediction. Look at how many rows are right.',
        zh: '这里还没有用任何例子训练，但每一行已经有了预测类别：模型比较 "great" 和 "terrible" 填在 [MASK] 处的概率。这就是零样本（zero-shot）预测。数一数有多少行是对的。',
      },
    },
    {
      target: 'shotsPerClass',
      title: { en: 'Few examples per class', zh: '每类只有几个例子' },
      text: {
        en: 'The classic paradigm ("pre-train, then fine-tune") puts a brand-new classifier on the [CLS] vector and trains it from random weights. Here we train it with only 4 examples per class, next to the prompt head.',
        zh: '经典范式（"预训练 + 微调"）在 [CLS] 向量上接一个全新的分类器，从随机权重开始训练。这里每类只给 4 个例子，同时也训练提示头做对比。',
      },
    },
    {
      target: 'learningCurve',
      title: { en: 'Both heads, side by side', zh: '两种分类头并排比较' },
      text: {
        en: 'Press "Run learning curve": both heads are trained with k = 0, 1, 2, 4, 8, 16 examples per class and 5 seeds each. Look at the small k: the prompt head starts where zero-shot already is, while the new [CLS] head starts near chance and needs many more examples to catch up.',
        zh: '点击"运行学习曲线"：两种分类头分别在每类 k = 0、1、2、4、8、16 个例子上训练，每个 k 用 5 个随机种子。注意 k 很小的时候：提示头从零样本的准确率起步，而新的 [CLS] 分类头接近随机猜测，需要多得多的例子才能追上。',
      },
    },
  ],
};
