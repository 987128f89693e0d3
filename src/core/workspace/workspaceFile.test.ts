import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/storedDataset';
import { freshWorkspace } from './schema';
import { readWorkspaceFile, workspaceFileText } from './workspaceFile';
import { arbitraryWorkspace } from './workspaceArbitrary';

const fallback = freshWorkspace(
  'en',
  { kind: 'bundled', name: 'cloze-lab-en', dtype: 'fp32' },
  'https://huggingface.co',
  { shots: 4, epochs: 30, learningRate: 0.002, l2: 0.01, batchSize: 8, seed: 1 },
);

const nonBlank = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '');
const dataset: fc.Arbitrary<Dataset> = fc.record({
  name: fc.string({ maxLength: 20 }),
  rows: fc.array(fc.record({ text: nonBlank, textB: fc.option(fc.string()), label: nonBlank }), {
    minLength: 1,
    maxLength: 5,
  }),
  skipped: fc.constant([]),
  skippedCount: fc.nat(3),
  sampledFrom: fc.constant(null),
});

describe('workspace files', () => {
  it('round-trip the whole workspace, tuned head and history included, and the dataset', () => {
    fc.assert(
      fc.property(arbitraryWorkspace, fc.option(dataset), (workspace, data) => {
        expect(readWorkspaceFile(workspaceFileText(workspace, data), fallback)).toEqual({
          kind: 'workspace',
          workspace,
          dataset: data,
          repaired: [],
          datasetDropped: false,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('tell a file that is not JSON from a JSON file that is not a workspace', () => {
    expect(readWorkspaceFile('label,text\npositive,Fine.', fallback)).toEqual({ kind: 'notJson' });
    for (const text of ['[]', '{"template":"x"}', '{"kind":"cloze-lab-head"}', 'null'])
      expect(readWorkspaceFile(text, fallback)).toEqual({ kind: 'foreign' });
    expect(readWorkspaceFile('{"kind":"cloze-lab-workspace","state":3}', fallback)).toEqual({
      kind: 'foreign',
    });
  });

  it('repair and name a damaged field, and drop a damaged dataset with a word', () => {
    const text = workspaceFileText({ ...fallback, template: 'x [MASK]' }, null);
    const damaged = JSON.parse(text);
    damaged.state.calibration = 'sideways';
    damaged.dataset = { name: 'x', rows: 'none' };
    const read = readWorkspaceFile(JSON.stringify(damaged), fallback);
    expect(read).toMatchObject({ kind: 'workspace', repaired: ['calibration'], dataset: null });
    expect(read.kind === 'workspace' && read.datasetDropped).toBe(true);
    expect(read.kind === 'workspace' && read.workspace.template).toBe('x [MASK]');
  });
});
