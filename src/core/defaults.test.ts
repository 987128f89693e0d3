import { describe, expect, it } from 'vitest';
import { defaultWorkspace, readWorkspace } from './defaults';
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

describe('readWorkspace', () => {
  it('reads back what was stored', () => {
    const workspace = defaultWorkspace();
    expect(readWorkspace(JSON.parse(JSON.stringify(workspace)))).toEqual(workspace);
  });

  it.each([
    null,
    42,
    'text',
    {},
    { ...defaultWorkspace(), classes: 'positive' },
    { ...defaultWorkspace(), selectedIndex: -1 },
    { ...defaultWorkspace(), classes: [{ id: 1 }] },
  ])('rejects corrupted value %#', (value) => {
    expect(readWorkspace(value)).toBeNull();
  });
});
