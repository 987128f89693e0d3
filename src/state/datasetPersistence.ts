/**
 * Keeps the imported dataset in IndexedDB (it can be 20,000 rows: far too big for localStorage)
 * and reads it back at start-up. A dataset that cannot be read back is dropped with a notice in
 * the Dataset panel; one that cannot be written stays in this tab, and the panel says so.
 */
import { del, get, set } from 'idb-keyval';
import { readStoredDataset, type Dataset } from '../core/dataset/storedDataset';
import { database } from './idbDatabase';
import { useAppStore } from './store';

const DATASET_KEY = 'dataset-v1';

/** Puts the stored dataset (if any) into the store. */
export async function restoreDataset(): Promise<void> {
  let stored: unknown;
  try {
    stored = await get(DATASET_KEY, database());
  } catch {
    useAppStore.setState({ datasetProblem: 'unavailable' });
    return;
  }
  if (stored === undefined) return;
  const dataset = readStoredDataset(stored);
  useAppStore.setState({ dataset, datasetProblem: dataset ? null : 'unreadable' });
}

/** Makes `dataset` the current one (null removes it) and stores it. */
export async function keepDataset(dataset: Dataset | null): Promise<void> {
  useAppStore.setState({ dataset, datasetProblem: null });
  try {
    if (dataset) await set(DATASET_KEY, dataset, database());
    else await del(DATASET_KEY, database());
  } catch (error) {
    const name = error instanceof Error || error instanceof DOMException ? error.name : '';
    useAppStore.setState({ datasetProblem: /quota/i.test(name) ? 'quota' : 'unavailable' });
  }
}
