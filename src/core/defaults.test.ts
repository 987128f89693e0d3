import { describe, expect, it } from 'vitest';
import { defaultWorkspace } from './defaults';
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
});
