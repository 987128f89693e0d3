import { describe, expect, it } from 'vitest';
import { defaultWorkspace } from './defaults';
import { LANGUAGES } from './language';
import { templatePresets } from './templatePresets';
import { parseExamples } from './examples';
import { parseTemplate } from './template';
import { validateVerbalizer } from './verbalizer';

describe('default workspace', () => {
  it('is valid and has at least 12 labelled starter examples of both classes', () => {
    const workspace = defaultWorkspace();
    expect(parseTemplate(workspace.template).ok).toBe(true);
    expect(validateVerbalizer(workspace.classes)).toEqual([]);
    const examples = parseExamples(workspace.examplesText);
    expect(examples.length).toBeGreaterThanOrEqual(12);
    expect(new Set(examples.map((e) => e.gold))).toEqual(new Set(['positive', 'negative']));
  });

  it('speaks Chinese in Chinese: 12–16 labelled reviews in the classes 正面 and 负面', () => {
    const workspace = defaultWorkspace('zh');
    expect(workspace.template).toBe('{text}总之，很[MASK]。');
    expect(validateVerbalizer(workspace.classes)).toEqual([]);
    expect(workspace.classes.map((c) => [c.name, c.labelWords])).toEqual([
      ['正面', '好, 棒'],
      ['负面', '差, 烂'],
    ]);
    const examples = parseExamples(workspace.examplesText);
    expect(examples.length).toBeGreaterThanOrEqual(12);
    expect(examples.length).toBeLessThanOrEqual(16);
    expect(examples.filter((e) => e.gold === '正面')).toHaveLength(examples.length / 2);
    expect(examples.filter((e) => e.gold === '负面')).toHaveLength(examples.length / 2);
    // Chinese text: no Latin letters in the reviews.
    for (const e of examples) expect(e.text).not.toMatch(/[A-Za-z]/);
  });

  it.each(LANGUAGES)('offers %s presets that are valid, the default first', (language) => {
    const presets = templatePresets(language);
    expect(presets.length).toBeGreaterThanOrEqual(2);
    expect(presets[0]?.template).toBe(defaultWorkspace(language).template);
    for (const preset of presets) {
      expect(parseTemplate(preset.template).ok).toBe(true);
      expect(validateVerbalizer(preset.classes)).toEqual([]);
      // The classes keep the demo's names, so the demo's labelled rows still count.
      expect(preset.classes.map((c) => c.name)).toEqual(
        defaultWorkspace(language).classes.map((c) => c.name),
      );
    }
  });
});
