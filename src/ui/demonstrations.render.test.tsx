/**
 * The Demonstrations panel and the marked preview, rendered server-side from the live store, in
 * both languages: accessible names stay English, visible text follows the language.
 */
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultWorkspace } from '../core/defaults';
import type { PredictResult } from '../runtime/protocol';
import { noRuns } from '../runtime/predictTypes';
import { useAppStore } from '../state/store';
import { DemonstrationsEditor } from './DemonstrationsEditor';
import { TokenPreview } from './TokenPreview';

vi.mock('zustand', async () => (await import('./liveStoreMock')).liveZustand());

const on = { ...defaultWorkspace().demonstrations, enabled: true };
const token = (text: string, isDemonstration = false) => ({
  text,
  isMask: text === '[MASK]',
  isSpecial: text === '[CLS]' || text === '[SEP]',
  ...(isDemonstration ? { isDemonstration } : {}),
});
const result: PredictResult = {
  labelWords: [],
  preview: [
    token('[CLS]'),
    token('fine'),
    token('[MASK]'),
    token('dull', true),
    token('terrible', true),
    token('[SEP]'),
  ],
  fillMask: [],
  maskCount: 1,
  tunedHeadApplied: false,
  unknown: { template: { tokens: 1, unknown: 0 }, mostlyUnknownRows: 0, rows: 1 },
  examples: [],
  contentFree: [],
  stats: noRuns(),
};

beforeEach(() =>
  useAppStore.setState({ ...defaultWorkspace(), language: 'en', demonstrations: on }),
);

describe('DemonstrationsEditor', () => {
  it('names its controls in English in both languages', () => {
    for (const language of ['en', 'zh'] as const) {
      useAppStore.setState({ language });
      const html = renderToString(<DemonstrationsEditor />);
      expect(html).toMatch(/role="switch" aria-label="Demonstrations"/);
      expect(html).toContain('aria-label="Demonstrations per class"');
      expect(html).toContain('aria-label="Demonstration sets"');
      expect(html).toContain('>Most similar</option>');
    }
    expect(renderToString(<DemonstrationsEditor />)).toContain('演示');
  });

  it('says where the demonstrations come from, and what they add to the selected input', () => {
    useAppStore.setState((s) => ({ prediction: { ...s.prediction, result } }));
    const html = renderToString(<DemonstrationsEditor />);
    expect(html).toContain('Drawn from 14 labelled rows (every labelled row).');
    expect(html).toContain('The demonstrations add 2 tokens to the selected input (of 6)');
  });

  it('says so when there is no labelled row to draw from', () => {
    useAppStore.setState({ examplesText: 'A film.\nAnother film.' });
    const html = renderToString(<DemonstrationsEditor />);
    expect(html).toContain('there are no labelled rows to draw them from');
    useAppStore.setState({ demonstrations: { ...on, enabled: false } });
    expect(renderToString(<DemonstrationsEditor />)).not.toContain('no labelled rows');
  });
});

describe('TokenPreview', () => {
  it('marks demonstration tokens by style and for screen readers', () => {
    useAppStore.setState((s) => ({ prediction: { ...s.prediction, result } }));
    // Server rendering separates adjacent text nodes with empty comments.
    const html = renderToString(<TokenPreview />).replaceAll('<!-- -->', '');
    expect(html).toMatch(
      /<li class="token demonstration"><span class="visually-hidden">demonstrations: <\/span>dull<\/li>/,
    );
    expect(html).toMatch(
      /<li class="token demonstration">terrible<span class="visually-hidden"> end of demonstrations<\/span><\/li>/,
    );
    expect(html).toMatch(/<li class="token">fine<\/li>/);
  });
});
