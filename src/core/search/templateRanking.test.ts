import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_LIBRARY } from './templateLibrary';
import {
  applicableTemplates,
  rankTemplateScores,
  rowsLanguage,
  type TemplateScore,
} from './templateRanking';

describe('rowsLanguage', () => {
  it('calls rows Chinese when at least half hold Chinese characters', () => {
    expect(rowsLanguage(['这部电影很好看。', 'A fine film.'])).toBe('zh');
    expect(rowsLanguage(['这部电影很好看。', 'A fine film.', 'Dull.'])).toBe('en');
    expect(rowsLanguage(['A fine film.'])).toBe('en');
    expect(rowsLanguage([])).toBe('en');
  });
});

describe('applicableTemplates', () => {
  const english = [{ text: 'A fine film.' }, { text: 'Dull.' }];

  it('keeps templates in the rows’ language, without pair templates for single texts', () => {
    const found = applicableTemplates(english);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((t) => t.language === 'en' && t.task !== 'pair')).toBe(true);
    expect(found).toHaveLength(
      TEMPLATE_LIBRARY.filter((t) => t.language === 'en' && t.task !== 'pair').length,
    );
    const chinese = applicableTemplates([{ text: '很好看。' }]);
    expect(chinese.every((t) => t.language === 'zh' && t.task !== 'pair')).toBe(true);
  });

  it('adds the pair templates when rows have a second text', () => {
    const found = applicableTemplates([{ text: 'A man sleeps.', textB: 'A person rests.' }]);
    expect(found.some((t) => t.task === 'pair')).toBe(true);
    expect(found.some((t) => t.task === 'sentiment')).toBe(true);
  });

  it('keeps one task when asked, in library order, each with its library position', () => {
    const found = applicableTemplates(english, 'topic');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((t) => t.task === 'topic')).toBe(true);
    for (const t of found) expect(TEMPLATE_LIBRARY[t.order]?.template).toBe(t.template);
    expect(found.map((t) => t.order)).toEqual([...found.map((t) => t.order)].sort((a, b) => a - b));
  });
});

describe('rankTemplateScores', () => {
  const score = (order: number, accuracy: number | null, calibrated: number | null) =>
    ({
      template: `t${order}`,
      task: 'sentiment',
      language: 'en',
      order,
      accuracy,
      calibratedAccuracy: calibrated,
    }) satisfies TemplateScore;

  it('sorts by accuracy, then calibrated accuracy, then library order; unknown last', () => {
    const ranked = rankTemplateScores([
      score(0, 0.5, 0.9),
      score(1, 0.75, 0.5),
      score(2, 0.75, 0.75),
      score(3, null, null),
      score(4, 0.75, 0.75),
    ]);
    expect(ranked.map((s) => s.order)).toEqual([2, 4, 1, 0, 3]);
  });

  it('always yields a permutation ordered by the three keys', () => {
    const figure = fc.constantFrom(0, 0.25, 0.5, 1, null);
    fc.assert(
      fc.property(fc.array(fc.tuple(figure, figure), { maxLength: 12 }), (figures) => {
        const input = figures.map(([a, c], i) => score(i, a, c));
        const ranked = rankTemplateScores(input);
        expect([...ranked.map((s) => s.order)].sort((a, b) => a - b)).toEqual(
          input.map((s) => s.order),
        );
        for (let i = 1; i < ranked.length; i++) {
          const [p, q] = [ranked[i - 1] as TemplateScore, ranked[i] as TemplateScore];
          const key = (s: TemplateScore) => [
            s.accuracy ?? -1,
            s.calibratedAccuracy ?? -1,
            -s.order,
          ];
          const [kp, kq] = [key(p), key(q)];
          const firstDiff = kp.findIndex((v, k) => v !== kq[k]);
          expect(firstDiff).toBeGreaterThanOrEqual(0);
          expect(kp[firstDiff] as number).toBeGreaterThan(kq[firstDiff] as number);
        }
      }),
    );
  });
});
