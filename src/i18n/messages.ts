/**
 * Every string the UI shows, in English and Simplified Chinese. Keys are shared so a missing
 * translation is a type error. `{name}` marks a value filled in by `translate`.
 */
const en = {
  appTitle: 'Cloze Lab',
  appTagline: 'Prompt-based learning with a masked language model, live in your browser.',
  language: 'Language',
  resetWorkspace: 'Reset workspace',
  restoreNotice: 'Your saved workspace could not be read, so the default workspace was loaded.',
  dismiss: 'Dismiss',
  runtimeLoading: 'Loading model {model}…',
  runtimeReady: '{backend} · {model} · {dtype}',
  runtimeThreads: '{count} threads',
  runtimeThread: '1 thread',
  runtimeError: 'The model could not be loaded: {message}',
  retry: 'Retry',
  fallbackNotice: 'WebGPU could not run this model, so it runs on WASM instead. ({reason})',
  headRewriteOff:
    'This model’s MLM head was not recognised ({reason}), so it runs unmodified: predictions work, but each run computes the whole vocabulary at every position.',
  modelCard:
    'A tiny demo model trained here on dictionary text and generated reviews; load a real BERT for real experiments.',
  templateHeading: 'Template',
  templateHelp: 'Write {text} where the example goes and [MASK] where the model fills in a word.',
  templateEmpty: 'The template is empty.',
  templateNoMask: 'Add [MASK]: the model needs one place to fill in.',
  templateMultipleMasks: 'Use [MASK] only once ({count} found).',
  templateNoText: 'Add {text} where the example should go.',
  templateMultipleTexts: 'Use {text} only once ({count} found).',
  templateUnknownPlaceholder: 'Unknown placeholder {{name}}: only {text} is allowed.',
  templateTooLong: 'The template alone takes {tokens} tokens; the model reads at most {max}.',
  staleResults: 'Showing the last valid results: fix the inputs to update them.',
  truncatedNotice:
    '{count} example(s) were shortened to fit the model’s {max} tokens. Only the text is cut, never the template or the mask.',
  previewHeading: 'What the model sees',
  previewLabel: 'Token preview',
  previewEmpty: 'Select an example to see its tokens.',
  verbalizerHeading: 'Verbalizer',
  verbalizerHelp:
    'Scoring: softmax over the whole vocabulary at the mask; a class’s score is the sum of its label words’ probabilities; class scores are then normalised to sum to 1. A word of several pieces gets one mask per piece and scores the mean log-probability of its pieces.',
  className: 'Class name',
  labelWordsHint: 'Comma-separated',
  addClass: 'Add class',
  removeClass: 'Remove class {name}',
  tooFewClasses: 'Add at least two classes.',
  emptyClassName: 'Give this class a name.',
  duplicateClassName: 'Two classes are called “{name}”.',
  noLabelWords: 'Add at least one label word.',
  emptyLabelWord: 'Remove the empty entry between commas.',
  duplicateLabelWord: '“{word}” is used more than once; each word may stand for one class only.',
  wordSingleToken: 'one token',
  wordMultiToken:
    'splits into {pieces}: the template’s [MASK] becomes one mask per piece of the longest label word, and this word scores the mean log-probability of its pieces (as in PET).',
  wordUnknown: 'not in the vocabulary: it becomes the unknown token and scores nothing useful.',
  examplesHeading: 'Examples',
  examplesHelp: 'One per line: plain text, or label⇥text (a tab between label and text).',
  unknownLabel: 'Line {line}: “{label}” is not a class name; the example counts as unlabelled.',
  noExamples: 'Add at least one example.',
  resultsHeading: 'Predictions',
  colText: 'Text',
  colPredicted: 'Predicted',
  colGold: 'Gold',
  accuracy: 'Accuracy on labelled examples: {value} ({correct} of {total})',
  noLabelled: 'Label some examples (label⇥text) to see accuracy.',
  chartHeading: 'Class probabilities per example',
  fillMaskHeading: 'Top predictions at the mask',
  fillMaskFor: 'For: “{text}”',
  waitingForModel: 'Waiting for the model…',
  stats:
    'Last update: {runs} model run(s) over {sequences} sequence(s), {hits} from cache, {ms} ms in the model, {kb} KB copied out.',
  workerError: 'The model failed: {message}',
} as const;

/** The message keys. */
export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  appTitle: 'Cloze Lab 完形填空实验室',
  appTagline: '在浏览器中用掩码语言模型实时体验基于提示的学习。',
  language: '语言',
  resetWorkspace: '重置工作区',
  restoreNotice: '无法读取已保存的工作区，已载入默认工作区。',
  dismiss: '关闭',
  runtimeLoading: '正在加载模型 {model}…',
  runtimeReady: '{backend} · {model} · {dtype}',
  runtimeThreads: '{count} 个线程',
  runtimeThread: '1 个线程',
  runtimeError: '无法加载模型：{message}',
  retry: '重试',
  fallbackNotice: 'WebGPU 无法运行此模型，已改用 WASM。（{reason}）',
  headRewriteOff:
    '未能识别此模型的 MLM 头（{reason}），因此按原样运行：预测正常，但每次都会在每个位置计算整个词表。',
  modelCard: '在本机用词典文本和生成的评论训练的小型演示模型；做真实实验请加载真正的 BERT。',
  templateHeading: '模板',
  templateHelp: '用 {text} 表示例句的位置，用 [MASK] 表示模型要填的词。',
  templateEmpty: '模板为空。',
  templateNoMask: '请加入 [MASK]：模型需要一个要填的位置。',
  templateMultipleMasks: '[MASK] 只能出现一次（现有 {count} 个）。',
  templateNoText: '请加入 {text}，表示例句放在哪里。',
  templateMultipleTexts: '{text} 只能出现一次（现有 {count} 个）。',
  templateUnknownPlaceholder: '未知占位符 {{name}}：只允许使用 {text}。',
  templateTooLong: '仅模板就占 {tokens} 个词元，模型最多读取 {max} 个。',
  staleResults: '显示的是上一次有效的结果：修正输入后会更新。',
  truncatedNotice:
    '{count} 个例句被截短以适应模型的 {max} 个词元上限。只截短例句，不截模板和掩码。',
  previewHeading: '模型看到的内容',
  previewLabel: '词元预览',
  previewEmpty: '选择一个例句以查看其词元。',
  verbalizerHeading: '标签词映射（Verbalizer）',
  verbalizerHelp:
    '计分方式：在掩码位置对整个词表做 softmax；每个类别的得分是其标签词概率之和；再把各类别得分归一化，使其和为 1。由多个片段组成的词，每个片段对应一个掩码，得分为各片段对数概率的平均值。',
  className: '类别名',
  labelWordsHint: '用逗号分隔',
  addClass: '添加类别',
  removeClass: '删除类别 {name}',
  tooFewClasses: '请至少添加两个类别。',
  emptyClassName: '请为此类别命名。',
  duplicateClassName: '有两个类别都叫“{name}”。',
  noLabelWords: '请至少添加一个标签词。',
  emptyLabelWord: '请删除逗号之间的空项。',
  duplicateLabelWord: '“{word}”被使用了不止一次；每个词只能代表一个类别。',
  wordSingleToken: '单个词元',
  wordMultiToken:
    '被切分为 {pieces}：模板中的 [MASK] 会按最长标签词的片段数变成多个连续掩码，此词的得分是其各片段对数概率的平均值（同 PET）。',
  wordUnknown: '不在词表中：会变成未知词元，得分没有意义。',
  examplesHeading: '例句',
  examplesHelp: '每行一个：纯文本，或 标签⇥文本（标签和文本之间用制表符）。',
  unknownLabel: '第 {line} 行：“{label}”不是类别名，此例句视为无标签。',
  noExamples: '请至少添加一个例句。',
  resultsHeading: '预测',
  colText: '文本',
  colPredicted: '预测',
  colGold: '标注',
  accuracy: '有标签例句上的准确率：{value}（{total} 个中对 {correct} 个）',
  noLabelled: '给一些例句加上标签（标签⇥文本）即可查看准确率。',
  chartHeading: '各例句的类别概率',
  fillMaskHeading: '掩码位置的最高预测',
  fillMaskFor: '例句：“{text}”',
  waitingForModel: '正在等待模型…',
  stats:
    '上次更新：模型运行 {runs} 次，共 {sequences} 个序列，{hits} 个来自缓存，模型耗时 {ms} 毫秒，复制出 {kb} KB。',
  workerError: '模型出错：{message}',
};

/** The languages the UI speaks. */
export type Language = 'en' | 'zh';

/** All dictionaries, by language. */
export const MESSAGES: Record<Language, Record<MessageKey, string>> = { en, zh };

/** Looks a message up and fills in `{name}` values; unknown `{…}` stay as written. */
export function translate(
  language: Language,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
