/**
 * Whatever the browser had saved, the app renders: fuzzed stored workspaces go through the same
 * restore path as a page load, then the whole App is rendered (server-side, so no browser is
 * needed; effects do not run, the render functions all do).
 */
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readSavedWorkspace } from '../core/workspace/schema';
import { applySavedWorkspace, startingWorkspace } from '../state/savedWorkspace';
import { useAppStore } from '../state/store';
import { App } from './App';

// A server render reads zustand's *initial* state (useSyncExternalStore's server snapshot), but
// this test must render the restored one: here the store's hook reads the live state instead.
vi.mock('zustand', async () => (await import('./liveStoreMock')).liveZustand());

// The app reads its address (?backend=, ?model=) while rendering.
vi.stubGlobal('location', new URL('http://localhost/'));

const initial = useAppStore.getState();

function renderWith(stored: unknown): string {
  useAppStore.setState(initial, true);
  applySavedWorkspace(readSavedWorkspace(stored, startingWorkspace()));
  return renderToString(<App />);
}

describe('the app with any saved state', () => {
  // The chart's bars and the tuning panel are lazy (lazyPanels.tsx): a server render shows
  // nothing for them until their modules have loaded. One render starts the loads; once they are
  // in, every render below includes both, so their render functions meet the fuzzed state too.
  beforeAll(async () => {
    renderWith(null);
    await Promise.all([import('./ProbabilityBars'), import('./TrainingPanel')]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Before a prediction the chart keeps its space (no bars); the tuning panel always renders.
    expect(renderWith(null)).toContain('class="panel tuning"');
    expect(renderWith(null)).toContain('class="panel chart"');
  });

  it.each([
    ['a history of garbage', { tuning: { history: [null, 'x', 3] } }],
    ['a history row without figures', { tuning: { history: [{ epoch: 1 }] } }],
    ['null', null],
    ['a number', 42],
    ['an empty list', []],
  ])('renders with %s, and says what was reset', (_, state) => {
    const base = { template: '{text} It was [MASK].', examplesText: 'a', classes: [] };
    const stored =
      state !== null && typeof state === 'object' && !Array.isArray(state)
        ? { version: 2, state: { ...base, ...state } }
        : state;
    const html = renderWith(stored);
    expect(html).toContain('Template');
    expect(html).toMatch(/could not be read/);
  });

  it('renders for fuzzed saved state', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            template: fc.oneof(fc.string(), fc.jsonValue()),
            classes: fc.oneof(
              fc.array(fc.record({ id: fc.string(), name: fc.string(), labelWords: fc.string() }), {
                maxLength: 40,
              }),
              fc.jsonValue(),
            ),
            examplesText: fc.oneof(fc.string(), fc.jsonValue()),
            selectedIndex: fc.oneof(fc.integer(), fc.jsonValue()),
            language: fc.oneof(fc.constantFrom('en', 'zh'), fc.jsonValue()),
            tuning: fc.oneof(
              fc.jsonValue(),
              fc.record(
                {
                  history: fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 4 })),
                  head: fc.jsonValue(),
                  settings: fc.jsonValue(),
                  useTuned: fc.jsonValue(),
                  historyRunning: fc.jsonValue(),
                },
                { requiredKeys: [] },
              ),
            ),
          },
          { requiredKeys: [] },
        ),
        (state) => {
          expect(renderWith({ version: 2, state })).toContain('<main');
        },
      ),
      { numRuns: 150 },
    );
  });
});
