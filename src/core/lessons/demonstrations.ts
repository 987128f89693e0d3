/** Lesson 9: demonstrations — labelled examples written after the input (in-context learning). */
import { reviewRows, SENTIMENT_CLASSES } from './reviews';
import type { Lesson } from './types';

/** LM-BFF-style demonstrations and what they cost in tokens. */
export const DEMONSTRATIONS_LESSON: Lesson = {
  id: 'demonstrations',
  title: { en: 'Demonstrations in the prompt', zh: '在提示中加入演示' },
  workspace: {
    template: '{text} It was [MASK].',
    classes: SENTIMENT_CLASSES,
    examples: reviewRows(10),
    calibration: 'none',
    demonstrations: { enabled: false, perClass: 1, sets: 1 },
  },
  steps: [
    {
      target: 'demonstrations',
      title: { en: 'Switch demonstrations on', zh: '打开演示' },
      text: {
        en: 'Switch on "Demonstrations". Each input is now followed by labelled rows written in the same template, with the class\'s label word in place of the mask: "… It was great. … It was terrible."',
        zh: '打开"在每个输入后添加演示"。每个输入后面会接上带标签的行，用同一个模板写出，[MASK] 换成该类的标签词："… It was great. … It was terrible."',
      },
    },
    {
      target: 'tokenPreview',
      title: { en: 'A longer input', zh: '更长的输入' },
      text: {
        en: 'The demonstrations are marked in "What the model sees". They use up the model\'s 128 tokens quickly; when there is no room, demonstrations are cut first, never the input or the mask.',
        zh: '"模型看到的内容"里会标出演示部分。它们很快就会占满模型的 128 个词元；空间不够时先截掉演示，不会截掉输入和 [MASK]。',
      },
    },
    {
      target: 'demonstrationsPerClass',
      title: { en: 'More examples per class', zh: '每类更多演示' },
      text: {
        en: 'Try 2 demonstrations per class and compare the accuracy. More is not always better: a small model can be distracted by its demonstrations.',
        zh: '试试每类 2 个演示，比较准确率。不是越多越好：小模型可能会被演示内容带偏。',
      },
    },
    {
      target: 'metrics',
      title: { en: 'Did it help?', zh: '有帮助吗？' },
      text: {
        en: 'Compare the accuracy with demonstrations off and on. An input never sees its own row as a demonstration, so the comparison is fair.',
        zh: '比较关闭和打开演示时的准确率。一个输入不会把自己那一行当作演示，所以比较是公平的。',
      },
    },
  ],
};
