/**
 * The evaluation panels rendered from plain props (server-side: no browser needed), in both
 * languages: accessible names stay English, visible text follows the language.
 */
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ComparisonEntry } from '../core/evaluation/comparison';
import { heatColours } from '../core/evaluation/heatColour';
import { evaluate } from '../core/evaluation/metrics';
import { useAppStore } from '../state/store';
import { MetricsPanel, type MetricsPanelProps } from './MetricsPanel';
import { PromptComparison } from './PromptComparison';

// A server render reads zustand's initial state; these tests switch the language, so the hook
// reads the live state instead (as in App.render.test.tsx).
vi.mock('zustand', async () => (await import('./liveStoreMock')).liveZustand());

beforeEach(() => useAppStore.setState({ language: 'en' }));

// The 3-class, 10-row case of core/evaluation/metrics.test.ts: accuracy 0.7, macro-F1 25/36.
const metrics = evaluate([0, 0, 0, 1, 1, 1, 2, 2, 0, 2], [0, 0, 0, 0, 1, 1, 1, 2, 2, 2], 3);
const props: MetricsPanelProps = {
  metrics,
  uncalibratedAccuracy: 0.6,
  calibration: 'none',
  classNames: ['positive', 'negative', '中性'],
  evaluated: 10,
  totalRows: 12,
  rowsNote: 'All labelled rows count.',
  busy: false,
};

const output = (html: string, name: string) =>
  html.match(new RegExp(`<output aria-label="${name}"[^>]*>([^<]*)</output>`))?.[1];

describe('MetricsPanel', () => {
  it('shows accuracy and macro-F1 with 3 decimals in the region "Metrics"', () => {
    const html = renderToString(<MetricsPanel {...props} />);
    expect(html).toMatch(/<section role="region" aria-label="Metrics"/);
    expect(output(html, 'Accuracy')).toBe('0.700');
    expect(output(html, 'Macro-F1')).toBe('0.694');
    expect(output(html, 'Uncalibrated')).toBeUndefined();
    expect(html).toContain('Evaluated 10 of 12 rows.');
    expect(html).toContain('All labelled rows count.');
  });

  it('shows the uncalibrated accuracy beside a calibrated one', () => {
    const html = renderToString(<MetricsPanel {...props} calibration="contextual" />);
    expect(output(html, 'Uncalibrated')).toBe('0.600');
    expect(html).toContain('Contextual');
  });

  it('per-class figures and a shaded confusion matrix, rows gold', () => {
    const html = renderToString(<MetricsPanel {...props} />);
    expect(html).toContain('aria-label="Per-class metrics"');
    expect(html).toMatch(/<th scope="row">positive<\/th><td class="number">0\.750<\/td>/);
    const matrix = html.match(/<table aria-label="Confusion matrix".*?<\/table>/)?.[0] ?? '';
    expect(matrix).toContain('<th scope="col">中性</th>');
    // Gold "positive": 3 of its 4 rows predicted positive (share 0.75), 1 negative, 0 neutral.
    const cells = [...matrix.matchAll(/<td class="number" style="([^"]*)">(\d+)<\/td>/g)];
    expect(cells.map((c) => c[2])).toEqual(['3', '1', '0', '0', '2', '1', '1', '0', '2']);
    const shades = cells.map((c) => c[1]!.match(/background:([^;]*)/)?.[1]);
    const shade = (share: number) => heatColours(share).background;
    expect(shades.slice(0, 3)).toEqual([shade(3 / 4), shade(1 / 4), shade(0)]);
    // Gold "中性" (row 3): 1 of 3 predicted positive, 2 of 3 neutral.
    expect(shades.slice(6)).toEqual([shade(1 / 3), shade(0), shade(2 / 3)]);
  });

  it('before any result: dashes and disabled downloads', () => {
    const html = renderToString(<MetricsPanel {...props} metrics={null} />);
    expect(output(html, 'Accuracy')).toBe('—');
    expect(output(html, 'Macro-F1')).toBe('—');
    expect(html).not.toContain('Confusion matrix"');
    // The downloads are items of the "Export metrics" menu, marked disabled until figures exist.
    expect(html).toMatch(/aria-label="Download metrics \(CSV\)" aria-disabled="true"/);
    expect(html).toMatch(/aria-label="Download confusion matrix \(PNG\)" aria-disabled="true"/);
  });

  it('in Chinese: translated text, English accessible names', () => {
    useAppStore.setState({ language: 'zh' });
    const html = renderToString(<MetricsPanel {...props} calibration="batch" />);
    expect(html).toContain('准确率');
    expect(html).toContain('批量校准');
    expect(html).toContain('aria-label="Metrics"');
    expect(output(html, 'Accuracy')).toBe('0.700');
    expect(html).toContain('aria-label="Download metrics (CSV)"');
  });
});

const classes = [
  { name: 'positive', words: ['great'] },
  { name: 'negative', words: ['bad'] },
];
const entries: ComparisonEntry[] = [
  {
    id: 'a',
    template: '{text} It was [MASK].',
    classes,
    calibration: 'none',
    accuracy: 0.75,
    macroF1: 0.7,
    rows: 8,
    evaluatedOn: 'm/fp32/3:0',
  },
  {
    id: 'b',
    template: 'Review: {text} [MASK]!',
    classes,
    calibration: 'batch',
    accuracy: 0.875,
    macroF1: 0.8,
    rows: 8,
    evaluatedOn: 'm/fp32/3:0',
  },
  {
    id: 'c',
    template: '[MASK]: {text}',
    classes,
    calibration: 'contextual',
    accuracy: null,
    macroF1: null,
    rows: 0,
    evaluatedOn: 'm/fp32/3:0',
  },
];
const noop = () => {};
const withoutMarkers = (html: string) => html.replaceAll('<!-- -->', '');

describe('PromptComparison', () => {
  // React marks text boundaries with empty comments; a person reads the text without them.
  const render = () =>
    withoutMarkers(
      renderToString(
        <PromptComparison
          entries={entries}
          current={{ accuracy: 0.75, macroF1: 0.7 }}
          onAdopt={noop}
          onRemove={noop}
        />,
      ),
    );
  const rowOf = (html: string, template: string) =>
    html.match(
      new RegExp(`<tr[^>]*>(?:(?!</tr>).)*${template.replace(/[[\]{}.:!]/g, '\\$&')}.*?</tr>`),
    )?.[0] ?? '';

  it('lists each prompt with its template, label words, figures and difference to the current', () => {
    const html = render();
    expect(html).toContain('<table aria-label="Prompt comparison"');
    const b = rowOf(html, 'Review: {text} [MASK]!');
    expect(b).toContain('positive: great · negative: bad');
    expect(b).toContain('Batch');
    expect(b).toContain('>0.875<');
    expect(b).toContain('>0.800<');
    expect(b).toContain('>+0.125<');
    expect(rowOf(html, '{text} It was [MASK].')).toContain('>±0.000<');
    expect(rowOf(html, '[MASK]: {text}')).toContain('>—<');
  });

  it('marks the best row in text, not only by colour', () => {
    const html = render();
    expect(rowOf(html, 'Review: {text} [MASK]!')).toMatch(
      /class="best-entry".*class="best-badge">.*best<\/span>/,
    );
    expect(rowOf(html, '{text} It was [MASK].')).not.toContain('best');
  });

  it('names each row’s buttons by its number, and the sortable columns', () => {
    const html = render();
    expect(rowOf(html, 'Review: {text} [MASK]!')).toContain('aria-label="Use prompt 2"');
    expect(rowOf(html, 'Review: {text} [MASK]!')).toContain('aria-label="Remove prompt 2"');
    expect(html).toMatch(/<th scope="col" aria-sort="none"><button[^>]*aria-label="Accuracy"/);
    expect(html).toMatch(/<th scope="col" aria-sort="none"><button[^>]*aria-label="Macro-F1"/);
    expect(html).toContain('aria-label="Download comparison chart (PNG)"');
  });

  it('says so when there is nothing to compare', () => {
    const html = renderToString(
      <PromptComparison
        entries={[]}
        current={{ accuracy: null, macroF1: null }}
        onAdopt={noop}
        onRemove={noop}
      />,
    );
    expect(html).toContain('No prompts yet');
  });
});
