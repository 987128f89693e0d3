/** The app's one IndexedDB key-value store (idb-keyval): the workspace's large parts and the dataset. */
import { createStore, type UseStore } from 'idb-keyval';

let idbStore: UseStore | null = null;

/** The store, opened on first use. */
export const database = (): UseStore => (idbStore ??= createStore('cloze-lab', 'workspace'));
