/** Lesson 5: few-shot — what k = 1, 2, 4, 16 does, and why seeds matter. */
import { reviewRows, SENTIMENT_CLASSES } from './reviews';
import type { Lesson } from './types';

/** Shots per class, seeds and variance. */
export const FEW_SHOT_LESSON: Lesson = {
  id: 'few-shot',
  title: { en: 'Few-shot: k, seeds and variance', zh: '小样本：k、随机种子和方差' },
  workspace: {
    template: '{text} It was [MASK].',
    classes: SENTIMENT_CLASSES,
    examples: reviewRows(24),
    calibration: 'none',
    tuning: { shots: 1, seed: 1 },
  },
  steps: [
    {
      target: 'shotsPerClass',
      title: { en: 'k examples per class', zh: '每类 k 个例子' },
      text: {
        en: 'k is the number of training examples per class. Start with k = 1, press "Train" and note the evaluation accuracy. Then try k = 2, 4 and 16.',
        zh: 'k 是每类的训练例子数。先设 k = 1，点击"训练"，记下评估准确率。再试 k = 2、4 和 16。',
      },
    },
    {
      target: 'seed',
      title: { en: 'Change only the seed', zh: '只改随机种子' },
      text: {
        en: 'Keep k = 1 and change the seed (1, 2, 3 …). The seed picks which examples are drawn. With one example per class the result depends a lot on which one you got: that is variance.',
        zh: '保持 k = 1，只改随机种子（1、2、3……）。种子决定抽到哪些例子。每类只有一个例子时，结果很依赖于抽到了哪一个：这就是方差。',
      },
    },
    {
      target: 'train',
      title: { en: 'Train and compare', zh: '训练并比较' },
      text: {
        en: 'Each time, press "Train" and compare the last row of "Training history". A fair few-shot result is never one number: report the mean and spread over several seeds.',
        zh: '每次都点击"训练"，比较"训练记录"（Training history）的最后一行。一个公平的小样本结果不应只是一个数字：要报告多个种子的平均值和波动范围。',
      },
    },
    {
      target: 'learningCurve',
      title: { en: 'The whole picture', zh: '完整的图景' },
      text: {
        en: '"Run learning curve" does this for you: k = 0, 1, 2, 4, 8, 16 with 5 seeds each, mean ± standard deviation. The spread is widest at small k and shrinks as k grows.',
        zh: '"运行学习曲线"会自动完成这些：k = 0、1、2、4、8、16，每个 k 用 5 个种子，给出平均值 ± 标准差。k 小时波动最大，k 变大后波动变小。',
      },
    },
  ],
};
