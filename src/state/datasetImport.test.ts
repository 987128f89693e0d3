import { beforeEach, describe, expect, it } from 'vitest';
import { defaultWorkspace } from '../core/defaults';
import { draftImport, draftRows, importDraft } from './datasetImport';
import { useAppStore } from './store';

beforeEach(() => useAppStore.setState({ ...defaultWorkspace(), dataset: null }));

describe('the import of a dataset', () => {
  it('lists skipped rows by line, whatever found them', async () => {
    const draft = await draftImport(
      'text,label\n"unclosed,positive\nFine.,positive\n,negative\n',
      'x.csv',
    );
    const lines = draftRows(draft).problems.map((p) => p.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('creates the classes the mapping names and keeps the rows (in this tab without storage)', async () => {
    const draft = await draftImport('label\ttext\n0\tBad.\n1\tGood.\n2\tSo-so.\n', 'three.tsv');
    // 0 and 1 map to the two classes in order; 2 is left for the person, who makes it a class.
    expect(draft.mapping).toEqual({ '0': 'positive', '1': 'negative', '2': null });
    await importDraft({ ...draft, mapping: { ...draft.mapping, '2': '2' } });
    const state = useAppStore.getState();
    expect(state.classes.map((c) => c.name)).toEqual(['positive', 'negative', '2']);
    expect(state.dataset?.rows.map((r) => r.label)).toEqual(['positive', 'negative', '2']);
    expect(state.dataset?.sampledFrom).toBeNull();
  });

  it('keeps a seeded stratified sample above 20,000 rows, and says how many there were', async () => {
    const lines = ['text,label'];
    for (let i = 0; i < 20_010; i++)
      lines.push(`Row ${i}.,${i % 4 === 0 ? 'negative' : 'positive'}`);
    const draft = await draftImport(lines.join('\n'), 'big.csv');
    await importDraft(draft);
    const dataset = useAppStore.getState().dataset;
    expect(dataset?.rows).toHaveLength(20_000);
    expect(dataset?.sampledFrom).toBe(20_010);
    expect(dataset?.rows.filter((r) => r.label === 'negative')).toHaveLength(5_000);
  });
});
