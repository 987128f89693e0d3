import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExamples, exampleKeys } from '../examples';
import { tuningFingerprint } from '../tuning/fingerprint';
import {
  freshWorkspace,
  readSavedWorkspace,
  serialiseWorkspace,
  type SavedWorkspace,
} from './schema';
import { arbitraryWorkspace } from './workspaceArbitrary';

const SETTINGS = { shots: 4, epochs: 30, learningRate: 0.002, l2: 0.01, batchSize: 8, seed: 1 };
const fallback = freshWorkspace(
  'en',
  { kind: 'bundled', name: 'cloze-lab-en', dtype: 'fp32' },
  'https://huggingface.co',
  SETTINGS,
);

const row = (epoch: number) => ({
  epoch,
  prompt: { loss: 0.5, trainAccuracy: 1, evalAccuracy: 0.75 },
  cls: { loss: 0.7, trainAccuracy: 0.5, evalAccuracy: null },
});

/** A workspace with something in every field, as a person's browser would hold it. */
function usedWorkspace(): SavedWorkspace {
  const examplesText = 'positive\tGreat.\nnegative\tBad.\npositive\tFine.';
  return {
    template: '{text} Overall it was [MASK].',
    classes: [
      { id: 'a', name: 'positive', labelWords: 'great, good' },
      { id: 'b', name: 'negative', labelWords: 'bad' },
    ],
    examplesText,
    selectedIndex: 2,
    labelWordsAfterSpace: false,
    calibration: 'contextual',
    demonstrations: { enabled: true, perClass: 3, sets: 5, sampling: 'similar', seed: 7 },
    language: 'zh',
    modelSource: { kind: 'bundled', name: 'cloze-mini', dtype: 'fp32' },
    hubHost: 'https://hf-mirror.example',
    backend: 'wasm',
    tuning: {
      settings: { ...SETTINGS, shots: 2 },
      head: {
        params: [0.1, 0.2, 0.3, 0.4],
        hidden: 1,
        wordCount: 2,
        model: 'cloze-mini',
        dtype: 'fp32',
        fingerprint: tuningFingerprint('{text} [MASK]', [{ name: 'p', words: ['great'] }], true),
        trainKeys: exampleKeys(parseExamples(examplesText)).slice(0, 2),
      },
      useTuned: true,
      history: [row(1), row(2)],
      historyFor: {
        model: 'cloze-mini',
        dtype: 'fp32',
        fingerprint: '[]',
        rowsDigest: '3:00000000',
        template: '{text} [MASK]',
        labelWords: ['positive: great'],
        rows: 3,
      },
      historyRunning: true,
    },
  };
}

const stored = (state: unknown) => JSON.parse(JSON.stringify({ version: 2, state }));

describe('readSavedWorkspace', () => {
  it('reads back exactly what was serialised', () => {
    const workspace = usedWorkspace();
    const read = readSavedWorkspace(
      JSON.parse(JSON.stringify(serialiseWorkspace(workspace))),
      fallback,
    );
    expect(read).toEqual({ workspace, repaired: [], unreadable: false });
  });

  it.each([null, 42, [], 'text', true, {}, { state: null }, { version: 2, state: [] }])(
    'reports %j as unreadable, like garbage',
    (value) => {
      expect(readSavedWorkspace(value, fallback)).toEqual({
        workspace: fallback,
        repaired: [],
        unreadable: true,
      });
    },
  );

  it.each([
    ['[null, "x", 3]', [null, 'x', 3]],
    ['[{"epoch":1}]', [{ epoch: 1 }]],
    ['a row with NaN loss', [{ ...row(1), prompt: { ...row(1).prompt, loss: null } }]],
    ['epochs out of order', [row(2), row(1)]],
    ['not a list', 'history'],
  ])('drops only a damaged training history (%s), naming it', (_, history) => {
    const workspace = usedWorkspace();
    const read = readSavedWorkspace(
      stored({ ...workspace, tuning: { ...workspace.tuning, history } }),
      fallback,
    );
    expect(read.unreadable).toBe(false);
    expect(read.repaired).toEqual(['trainingHistory']);
    expect(read.workspace.tuning.history).toEqual([]);
    expect(read.workspace.tuning.historyFor).toBeNull();
    expect(read.workspace.tuning.historyRunning).toBe(false);
    const { tuning: _t, ...rest } = read.workspace;
    const { tuning: _u, ...expected } = workspace;
    expect(rest).toEqual(expected);
    expect(read.workspace.tuning.head).toEqual(workspace.tuning.head);
  });

  it('drops only the classes that are not classes, naming the field', () => {
    const workspace = usedWorkspace();
    const classes = [...workspace.classes, { id: 3 }, null, { ...workspace.classes[0] }];
    const read = readSavedWorkspace(stored({ ...workspace, classes }), fallback);
    expect(read.repaired).toEqual(['classes']);
    expect(read.workspace.classes).toEqual(workspace.classes);
    expect(read.workspace.template).toBe(workspace.template);
  });

  it('repairs each damaged field on its own and names it', () => {
    const workspace = usedWorkspace();
    const read = readSavedWorkspace(
      stored({
        ...workspace,
        template: 7,
        selectedIndex: -3,
        language: 'fr',
        hubHost: 12,
        calibration: 'sometimes',
        demonstrations: 'on',
        modelSource: { kind: 'moon' },
        tuning: { ...workspace.tuning, settings: { shots: 'many' }, head: { params: 'x' } },
      }),
      fallback,
    );
    expect(new Set(read.repaired)).toEqual(
      new Set([
        'template',
        'selection',
        'language',
        'hubHost',
        'calibration',
        'demonstrations',
        'model',
        'tuningSettings',
        'tunedHead',
      ]),
    );
    expect(read.workspace.template).toBe(fallback.template);
    expect(read.workspace.examplesText).toBe(workspace.examplesText);
    expect(read.workspace.classes).toEqual(workspace.classes);
    expect(read.workspace.tuning.head).toBeNull();
    expect(read.workspace.tuning.useTuned).toBe(false);
  });

  it('fills fields that older versions did not save without calling them damaged', () => {
    const {
      labelWordsAfterSpace: _a,
      tuning: _b,
      calibration: _c,
      demonstrations: _d,
      ...old
    } = usedWorkspace();
    const read = readSavedWorkspace({ version: 1, state: old }, fallback);
    expect(read.repaired).toEqual([]);
    expect(read.workspace.labelWordsAfterSpace).toBe(fallback.labelWordsAfterSpace);
    expect(read.workspace.tuning).toEqual(fallback.tuning);
    expect(read.workspace.calibration).toBe('none');
    expect(read.workspace.demonstrations).toEqual(fallback.demonstrations);
  });

  it.each([
    ['per class out of range', { perClass: 5 }, { perClass: 1 }],
    ['sets not whole', { sets: 2.5 }, { sets: 1 }],
    ['sampling unknown', { sampling: 'nearest' }, { sampling: 'random' }],
    ['switch not a boolean', { enabled: 'yes' }, { enabled: false }],
    ['seed negative', { seed: -1 }, { seed: 1 }],
  ])('repairs only the damaged demonstration setting (%s), naming it', (_, damage, repairedTo) => {
    const workspace = usedWorkspace();
    const read = readSavedWorkspace(
      stored({ ...workspace, demonstrations: { ...workspace.demonstrations, ...damage } }),
      fallback,
    );
    expect(read.repaired).toEqual(['demonstrations']);
    expect(read.workspace.demonstrations).toEqual({ ...workspace.demonstrations, ...repairedTo });
    expect(read.workspace.template).toBe(workspace.template);
  });

  it('turns a version-1 head’s line positions into example identities', () => {
    const workspace = usedWorkspace();
    const { trainKeys: _k, ...head } = workspace.tuning.head!;
    const read = readSavedWorkspace(
      {
        version: 1,
        state: {
          ...workspace,
          tuning: { ...workspace.tuning, head: { ...head, trainIndices: [0, 2] } },
        },
      },
      fallback,
    );
    expect(read.repaired).toEqual([]);
    expect(read.workspace.tuning.head?.trainKeys).toEqual([
      'positive\tGreat.\t0',
      'positive\tFine.\t0',
    ]);
  });

  it('never throws, and always returns a workspace that reads back unchanged (fuzzed)', () => {
    const workspace = usedWorkspace();
    // Mutations of a real workspace reach deep fields; arbitrary JSON covers the rest.
    const field = fc.constantFrom(
      'template',
      'classes',
      'examplesText',
      'selectedIndex',
      'labelWordsAfterSpace',
      'language',
      'modelSource',
      'hubHost',
      'calibration',
      'demonstrations',
      'tuning',
    );
    const demonstrationField = fc.constantFrom('enabled', 'perClass', 'sets', 'sampling', 'seed');
    const tuningField = fc.constantFrom(
      'settings',
      'head',
      'useTuned',
      'history',
      'historyFor',
      'historyRunning',
    );
    const mutated = fc
      .tuple(field, tuningField, demonstrationField, fc.jsonValue(), fc.nat(2))
      .map(([key, tuningKey, demoKey, value, depth]) =>
        depth === 2
          ? { ...workspace, demonstrations: { ...workspace.demonstrations, [demoKey]: value } }
          : depth === 1
            ? { ...workspace, tuning: { ...workspace.tuning, [tuningKey]: value } }
            : { ...workspace, [key]: value },
      );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutated), fc.integer(), (value, version) => {
        const read = readSavedWorkspace({ version, state: value }, fallback);
        const again = readSavedWorkspace(serialiseWorkspace(read.workspace), fallback);
        expect(again.workspace).toEqual(read.workspace);
        expect(again.repaired).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the workspace schema (property)', () => {
  it('round-trips every field of any valid workspace through JSON', () => {
    fc.assert(
      fc.property(arbitraryWorkspace, (workspace) => {
        const text = JSON.stringify(serialiseWorkspace(workspace));
        expect(readSavedWorkspace(JSON.parse(text), fallback)).toEqual({
          workspace,
          repaired: [],
          unreadable: false,
        });
      }),
      { numRuns: 500 },
    );
  });
});
