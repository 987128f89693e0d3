import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../template';
import { freshWorkspace, readSavedWorkspace, serialiseWorkspace } from '../workspace/schema';
import { LESSONS, lessonById, lessonWorkspace, type Bilingual } from './index';
import { parseExamples } from '../examples';
import type { ModelSource } from '../modelSource';
import type { TuningSettings } from '../tuning/types';

const MODEL: ModelSource = { kind: 'bundled', name: 'cloze-lab-en', dtype: 'fp32' };
const TEST_SETTINGS: TuningSettings = {
  shots: 4,
  epochs: 30,
  learningRate: 0.002,
  l2: 0.01,
  batchSize: 8,
  seed: 1,
};

const current = freshWorkspace('zh', MODEL, 'https://hub.example', {
  ...TEST_SETTINGS,
  seed: 99,
});

const filled = (text: Bilingual) => text.en.trim() !== '' && text.zh.trim() !== '';
// Chinese text is written in Chinese: at least one CJK character, not a copy of the English.
const chinese = (text: Bilingual) => /[\u4e00-\u9fff]/.test(text.zh) && text.zh !== text.en;

describe('lessons', () => {
  it('are at least 7, with unique ids', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(7);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const lesson of LESSONS) expect(lessonById(lesson.id)).toBe(lesson);
  });

  describe.each(LESSONS.map((l) => [l.id, l] as const))('%s', (_id, lesson) => {
    it('is written in English and Chinese, with 3–6 steps', () => {
      expect(filled(lesson.title) && chinese(lesson.title)).toBe(true);
      expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
      expect(lesson.steps.length).toBeLessThanOrEqual(6);
      for (const step of lesson.steps) {
        expect(filled(step.title) && chinese(step.title), step.title.en).toBe(true);
        expect(filled(step.text) && chinese(step.text), step.text.en).toBe(true);
      }
    });

    it('has a template with exactly one {text} and one [MASK]', () => {
      const parsed = parseTemplate(lesson.workspace.template);
      expect(parsed.ok).toBe(true);
      const segments = parsed.ok ? parsed.segments : [];
      expect(segments.filter((s) => s.kind === 'mask')).toHaveLength(1);
      expect(segments.filter((s) => s.kind === 'text')).toHaveLength(1);
    });

    it('labels every example with one of its classes', () => {
      const names = new Set(lesson.workspace.classes.map((c) => c.name));
      const examples = parseExamples(lessonWorkspace(lesson, current, TEST_SETTINGS).examplesText);
      expect(examples).toHaveLength(lesson.workspace.examples.length);
      for (const example of examples) expect(names.has(example.gold ?? '')).toBe(true);
    });

    it('sets up a workspace that reads back through the schema without repairs', () => {
      const workspace = lessonWorkspace(lesson, current, TEST_SETTINGS);
      const stored = JSON.parse(JSON.stringify(serialiseWorkspace(workspace))) as unknown;
      const read = readSavedWorkspace(
        stored,
        freshWorkspace('en', current.modelSource, '', TEST_SETTINGS),
      );
      expect(read.unreadable).toBe(false);
      expect(read.repaired).toEqual([]);
      expect(read.workspace).toEqual(workspace);
    });

    it('keeps model, language and Hub host, and drops the tuned head', () => {
      const workspace = lessonWorkspace(lesson, current, TEST_SETTINGS);
      expect(workspace.language).toBe('zh');
      expect(workspace.modelSource).toEqual(current.modelSource);
      expect(workspace.hubHost).toBe(current.hubHost);
      expect(workspace.tuning.head).toBeNull();
      expect(workspace.tuning.settings.seed).toBe(
        lesson.workspace.tuning?.seed ?? TEST_SETTINGS.seed,
      );
    });
  });
});
