/**
 * The templates "Suggest templates" tries: written for this project (in the manner of the PET
 * and LM-BFF patterns, not copied from them), each tagged with the task it suits and the
 * language it is written in. Pair templates put a second text where `{text_b}` is. Pure data.
 */

/** The kinds of task the library has templates for. */
export type TemplateTask = 'sentiment' | 'topic' | 'questionType' | 'subjectivity' | 'pair';

/** The languages the library's templates are written in. */
export type TemplateLanguage = 'en' | 'zh';

/** Every task, in the order the UI lists them. */
export const TEMPLATE_TASKS: readonly TemplateTask[] = [
  'sentiment',
  'topic',
  'questionType',
  'subjectivity',
  'pair',
];

/** One library template with its tags. */
export interface LibraryTemplate {
  template: string;
  task: TemplateTask;
  language: TemplateLanguage;
}

const of = (task: TemplateTask, language: TemplateLanguage, templates: string[]) =>
  templates.map((template) => ({ template, task, language }));

/** The library, in the order ties are broken (the first listed wins a tie). */
export const TEMPLATE_LIBRARY: readonly LibraryTemplate[] = [
  ...of('sentiment', 'en', [
    '{text} It was [MASK].',
    'It was [MASK]. {text}',
    '{text} All in all, it was [MASK].',
    '{text} In summary, the film was [MASK].',
    '{text} A [MASK] movie.',
    '{text} I thought it was [MASK].',
    'Review: {text} Sentiment: [MASK].',
    '{text} Overall, a [MASK] experience.',
    '{text} Really [MASK].',
  ]),
  ...of('sentiment', 'zh', [
    '{text}总之很[MASK]。',
    '{text}这部电影真[MASK]。',
    '感觉很[MASK]。{text}',
    '评论：{text} 评价：[MASK]。',
  ]),
  ...of('topic', 'en', [
    '[MASK] news: {text}',
    '{text} This article is about [MASK].',
    'Category: [MASK]. {text}',
    '{text} Topic: [MASK].',
    'A [MASK] story: {text}',
    'Section: [MASK]. {text}',
    '{text} (filed under [MASK])',
    'In [MASK] today: {text}',
    '{text} More [MASK] news.',
    'Headline ([MASK]): {text}',
    '{text} The subject is [MASK].',
  ]),
  ...of('topic', 'zh', [
    '[MASK]新闻：{text}',
    '{text}这篇文章是关于[MASK]的。',
    '主题：[MASK]。{text}',
  ]),
  ...of('questionType', 'en', [
    '{text} The answer is a [MASK].',
    '[MASK] question: {text}',
    '{text} This question asks about a [MASK].',
    'Q: {text} Answer type: [MASK].',
    '{text} It asks for a [MASK].',
    'Question about a [MASK]: {text}',
    '{text} Expected answer: a [MASK].',
    '{text} The answer would be a [MASK].',
    'Asking for a [MASK]: {text}',
    '{text} Answer: [MASK].',
  ]),
  ...of('questionType', 'zh', [
    '{text}这个问题问的是[MASK]。',
    '[MASK]问题：{text}',
    '问：{text} 答案类型：[MASK]。',
  ]),
  ...of('subjectivity', 'en', [
    '{text} This sentence is [MASK].',
    '{text} It is a [MASK] statement.',
    '[MASK] statement: {text}',
    '{text} This is a matter of [MASK].',
    '{text} That is my [MASK].',
    '{text} This is [MASK].',
    '{text} Fact or opinion? [MASK].',
    'An [MASK]: {text}',
    '{text} This sounds [MASK].',
    '{text} In other words, a [MASK].',
  ]),
  ...of('subjectivity', 'zh', [
    '{text}这句话是[MASK]的。',
    '[MASK]观点：{text}',
    '{text}这是一个[MASK]陈述。',
  ]),
  ...of('pair', 'en', [
    '{text} ? [MASK], {text_b}',
    '{text} . [MASK], {text_b}',
    '{text} [MASK] {text_b}',
    '"{text}" [MASK], "{text_b}"',
    '{text} Does it mean "{text_b}"? [MASK].',
    '{text_b} ? [MASK], {text}',
  ]),
  ...of('pair', 'zh', [
    '{text}？[MASK]，{text_b}',
    '{text}。[MASK]，{text_b}',
    '{text}和“{text_b}”意思一样吗？[MASK]。',
  ]),
];
