import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXAMPLES_TEXT } from '../defaults';
import {
  examplesWithinLimit,
  MAX_SHARED_EXAMPLE_CHARS,
  readShareFragment,
  shareFragment,
  SHARE_FRAGMENT_PREFIX,
} from './shareLink';
import { freshWorkspace, type SavedWorkspace } from './schema';
import { arbitraryWorkspace } from './workspaceArbitrary';

const SETTINGS = { shots: 4, epochs: 30, learningRate: 0.002, l2: 0.01, batchSize: 8, seed: 1 };
const receiver: SavedWorkspace = {
  ...freshWorkspace(
    'en',
    { kind: 'bundled', name: 'cloze-lab-en', dtype: 'fp32' },
    'https://huggingface.co',
    SETTINGS,
  ),
  backend: 'webgpu',
};

/** What a link of `workspace` must give: all of it but the head, history and backend. */
const shared = (workspace: SavedWorkspace): SavedWorkspace => ({
  ...workspace,
  backend: receiver.backend,
  tuning: {
    settings: workspace.tuning.settings,
    head: null,
    useTuned: false,
    history: [],
    historyFor: null,
    historyRunning: false,
  },
});

const URL_SAFE = /^[A-Za-z0-9+\-$=_]*$/;

describe('share links', () => {
  it('round-trip every shared field of any workspace, and leave the rest out', () => {
    fc.assert(
      fc.property(arbitraryWorkspace, fc.option(fc.string()), (workspace, datasetName) => {
        const { fragment, examplesLeftOut } = shareFragment(workspace, datasetName);
        expect(examplesLeftOut).toBe(0);
        expect(fragment).toMatch(URL_SAFE);
        expect(readShareFragment(`#${fragment}`, receiver)).toEqual({
          workspace: shared(workspace),
          datasetName,
          examplesLeftOut: 0,
          repaired: [],
        });
      }),
      { numRuns: 300 },
    );
  });

  it('carry at most the limit of examples, whole lines, and say how many were left out', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `positive\tExample sentence number ${i}.`);
    const workspace = { ...receiver, examplesText: lines.join('\n') };
    const { fragment, examplesLeftOut } = shareFragment(workspace, null);
    const read = readShareFragment(fragment, receiver);
    if (read === null || read === 'damaged') throw new Error('unreadable');
    expect(read.workspace.examplesText.length).toBeLessThanOrEqual(MAX_SHARED_EXAMPLE_CHARS);
    const kept = read.workspace.examplesText.split('\n');
    expect(kept).toEqual(lines.slice(0, kept.length));
    expect(examplesLeftOut).toBe(200 - kept.length);
    expect(read.examplesLeftOut).toBe(examplesLeftOut);
  });

  it('cut examples only at line ends, within the limit (any text)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(200), (text, limit) => {
        const cut = examplesWithinLimit(text, limit);
        expect(cut.text.length).toBeLessThanOrEqual(Math.max(limit, 0));
        if (cut.leftOut === 0 && text.length <= limit) expect(cut.text).toBe(text);
        expect(text.startsWith(cut.text)).toBe(true);
        const rest = text.slice(cut.text.length);
        expect(rest === '' || rest.startsWith('\n') || cut.text === '').toBe(true);
      }),
    );
  });

  it('stay short: the default workspace and a link at the size limit (lengths printed)', () => {
    const defaultLink = shareFragment(receiver, null).fragment;
    const words = ['good', 'bad', 'film', 'plot', 'actors', 'slow', 'funny', 'music', 'ending'];
    const lines = Array.from(
      { length: 400 },
      (_, i) =>
        `${i % 2 ? 'negative' : 'positive'}\tThe ${words[i % 9]} was ${words[(i * 7) % 9]} and ${words[(i * 5) % 9]} ${i}.`,
    );
    const fullLink = shareFragment({ ...receiver, examplesText: lines.join('\n') }, 'sst2.tsv');
    console.log(
      `share link lengths: default workspace ${defaultLink.length + 1} characters (examples ${DEFAULT_EXAMPLES_TEXT.length}); ` +
        `at the ${MAX_SHARED_EXAMPLE_CHARS}-character examples limit ${fullLink.fragment.length + 1}`,
    );
    expect(defaultLink.length).toBeLessThan(1500);
    expect(fullLink.fragment.length).toBeLessThan(4000);
    expect(fullLink.examplesLeftOut).toBeGreaterThan(0);
  });

  it('read a link of a version-1 workspace (the zustand format) through the migration', () => {
    const v1 = {
      version: 1,
      state: {
        template: '{text} All in all it was [MASK].',
        classes: [{ id: 'p', name: 'positive', labelWords: 'great' }],
        examplesText: 'positive\tA joy.',
        selectedIndex: 0,
        labelWordsAfterSpace: true,
        language: 'zh',
        modelSource: { kind: 'bundled', name: 'cloze-mini', dtype: 'fp32' },
        hubHost: 'https://huggingface.co',
        tuning: { settings: SETTINGS, head: { params: [1], trainIndices: [0] } },
      },
    };
    const fragment = SHARE_FRAGMENT_PREFIX + compressToEncodedURIComponent(JSON.stringify(v1));
    const read = readShareFragment(fragment, receiver);
    if (read === null || read === 'damaged') throw new Error('unreadable');
    expect(read.workspace).toEqual({
      ...receiver,
      template: '{text} All in all it was [MASK].',
      classes: [{ id: 'p', name: 'positive', labelWords: 'great' }],
      examplesText: 'positive\tA joy.',
      language: 'zh',
      modelSource: { kind: 'bundled', name: 'cloze-mini', dtype: 'fp32' },
    });
    expect(read.repaired).toEqual([]);
    expect(read.datasetName).toBeNull();
  });

  it('say a damaged link is damaged, and anything else is no link', () => {
    const good = shareFragment(receiver, null).fragment;
    for (const bad of [
      good.slice(0, 20),
      `${SHARE_FRAGMENT_PREFIX}not-lz-at-all`,
      SHARE_FRAGMENT_PREFIX,
      SHARE_FRAGMENT_PREFIX + compressToEncodedURIComponent('[1,2]'),
      SHARE_FRAGMENT_PREFIX + compressToEncodedURIComponent('{"state":{"template":4}}'),
    ])
      expect(readShareFragment(bad, receiver)).toBe('damaged');
    expect(readShareFragment('', receiver)).toBeNull();
    expect(readShareFragment('#results', receiver)).toBeNull();
  });

  it('never throw on any fragment (fuzzed)', () => {
    fc.assert(
      fc.property(fc.string(), fc.jsonValue(), (raw, json) => {
        readShareFragment(SHARE_FRAGMENT_PREFIX + raw, receiver);
        const packed = compressToEncodedURIComponent(JSON.stringify(json));
        readShareFragment(SHARE_FRAGMENT_PREFIX + packed, receiver);
      }),
    );
  });

  it('name a damaged field of a readable link, which takes the receiver’s value', () => {
    const payload = { version: 2, state: { template: 'x [MASK]', calibration: 'sideways' } };
    const fragment = SHARE_FRAGMENT_PREFIX + compressToEncodedURIComponent(JSON.stringify(payload));
    const read = readShareFragment(fragment, receiver);
    if (read === null || read === 'damaged') throw new Error('unreadable');
    expect(read.repaired).toEqual(['calibration']);
    expect(read.workspace.calibration).toBe(receiver.calibration);
    expect(read.workspace.template).toBe('x [MASK]');
  });
});
