import { describe, expect, it } from 'vitest';
import { parseTemplate, usesTextB } from '../template';
import { TEMPLATE_LIBRARY, TEMPLATE_TASKS } from './templateLibrary';

describe('TEMPLATE_LIBRARY', () => {
  it('holds at least 40 templates, none twice', () => {
    expect(TEMPLATE_LIBRARY.length).toBeGreaterThanOrEqual(40);
    const texts = TEMPLATE_LIBRARY.map((t) => t.template);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(TEMPLATE_LIBRARY.map((t) => [t.template, t] as const))('%s parses', (_, entry) => {
    const parsed = parseTemplate(entry.template);
    expect(parsed.ok).toBe(true);
    // Pair templates, and only they, take a second text.
    if (parsed.ok) expect(usesTextB(parsed.segments)).toBe(entry.task === 'pair');
  });

  it('tags every template with a task and a language, and covers both languages for each task', () => {
    for (const entry of TEMPLATE_LIBRARY) {
      expect(TEMPLATE_TASKS).toContain(entry.task);
      expect(['en', 'zh']).toContain(entry.language);
    }
    for (const task of TEMPLATE_TASKS)
      for (const language of ['en', 'zh'])
        expect(
          TEMPLATE_LIBRARY.filter((t) => t.task === task && t.language === language).length,
          `${task} ${language}`,
        ).toBeGreaterThanOrEqual(3);
  });

  it('writes Chinese templates in Chinese script or punctuation, English ones without either', () => {
    const chinese = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]/u;
    for (const entry of TEMPLATE_LIBRARY)
      expect(chinese.test(entry.template), entry.template).toBe(entry.language === 'zh');
  });
});
