/**
 * Saving the workspace across reloads. The small part (template, classes, settings) goes to
 * localStorage; the large parts (examples, training history, the tuned head) to IndexedDB, which
 * has room for datasets. Writes happen only when a saved field changed, debounced, and are
 * flushed when the page is hidden. A refused write (storage full) is said on screen and the
 * workspace keeps working in memory; nothing is dropped silently.
 */
import { get, set } from 'idb-keyval';
import {
  readSavedWorkspace,
  serialiseWorkspace,
  type SavedWorkspace,
} from '../core/workspace/schema';
import { database } from './idbDatabase';
import { applySavedWorkspace, savedWorkspaceOf, startingWorkspace } from './savedWorkspace';
import { useAppStore, type AppState } from './store';

const SMALL_KEY = 'cloze-lab-workspace';
const LARGE_KEY = 'workspace-large';
// Browsers may drop an IndexedDB write started while the page unloads; the large parts are then
// also put here, synchronously, and win over IndexedDB at the next start until it is written.
const UNLOAD_KEY = 'cloze-lab-workspace-unload';
const WRITE_DELAY_MS = 300;
// Training changes the history every few milliseconds: write at least this often meanwhile.
const WRITE_MAX_WAIT_MS = 1500;

/** The large parts, saved apart from the rest. */
interface LargeParts {
  examplesText: string;
  tuning: Pick<SavedWorkspace['tuning'], 'head' | 'history' | 'historyFor'>;
}

/** Exactly what was in storage at start-up, for "Download saved state" (nothing is lost). */
let rawAtStart: { localStorage: string | null; indexedDB: unknown } = {
  localStorage: null,
  indexedDB: null,
};
/** IndexedDB could not be read: writing to it could overwrite what it still holds. */
let largeReadFailed = false;

/** The saved state as found at start-up, and the workspace as it is now, as a JSON text. */
export function rawSavedStateText(): string {
  let now: unknown;
  try {
    now = serialiseWorkspace(savedWorkspaceOf(useAppStore.getState()));
  } catch {
    now = null; // the download must work even when the store is what broke
  }
  return JSON.stringify({ savedAtStart: rawAtStart, workspaceNow: now }, null, 2);
}

/** Reads both stores, repairs what is damaged, and puts the workspace into the store. */
export async function restoreWorkspace(): Promise<void> {
  const small = readLocal(SMALL_KEY);
  let large: unknown = undefined;
  try {
    large = await get(LARGE_KEY, database());
  } catch {
    largeReadFailed = true;
  }
  const unloadCopy = parseJson(readLocal(UNLOAD_KEY));
  if (unloadCopy !== undefined) large = unloadCopy;
  rawAtStart = { localStorage: small, indexedDB: large ?? null };
  if (small === null && large === undefined) return;
  applySavedWorkspace(readSavedWorkspace(mergeParts(parseJson(small), large), startingWorkspace()));
}

function readLocal(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage switched off: start from the defaults
  }
}

/** Starts saving: every change to a saved field is written after a short pause. */
export function startPersisting(): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstUnwritten = 0;
  let written = savedWorkspaceOf(useAppStore.getState());
  const flush = (unloading: boolean) => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstUnwritten = 0;
    const next = savedWorkspaceOf(useAppStore.getState());
    void write(written, next, unloading);
    written = next;
  };
  useAppStore.subscribe((state, previous) => {
    if (!savedFieldsChanged(state, previous)) return;
    const now = performance.now();
    if (timer === null) firstUnwritten = now;
    else clearTimeout(timer);
    const waited = now - firstUnwritten;
    timer = setTimeout(
      () => flush(false),
      Math.max(0, Math.min(WRITE_DELAY_MS, WRITE_MAX_WAIT_MS - waited)),
    );
  });
  // A reload or a closed tab must not lose the last keystrokes: neither those still waiting for
  // the timer, nor those whose IndexedDB write has started but may be dropped by the unload.
  const onHide = () => {
    if (timer !== null) flush(true);
    else if (largeInFlight) keepUnloadCopy(largeInFlight);
  };
  addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') onHide();
  });
}

/** The large parts of the newest IndexedDB write not yet confirmed, or null. */
let largeInFlight: LargeParts | null = null;
/** Counts IndexedDB writes, so an older one finishing late does not drop a newer unload copy. */
let writesStarted = 0;

/** Puts the large parts in localStorage, synchronously, to win at the next start. */
function keepUnloadCopy(large: LargeParts): void {
  try {
    localStorage.setItem(UNLOAD_KEY, JSON.stringify(large));
  } catch {
    // Too large for localStorage: IndexedDB may still finish the write.
  }
}

async function write(
  before: SavedWorkspace,
  after: SavedWorkspace,
  unloading: boolean,
): Promise<void> {
  const problems: Array<'quota' | 'unavailable'> = [];
  const { large, small } = splitParts(after);
  try {
    localStorage.setItem(SMALL_KEY, JSON.stringify(small));
  } catch (error) {
    problems.push(storageProblemOf(error));
  }
  const largeChanged =
    before.examplesText !== after.examplesText ||
    before.tuning.head !== after.tuning.head ||
    before.tuning.history !== after.tuning.history ||
    before.tuning.historyFor !== after.tuning.historyFor;
  if (largeReadFailed) problems.push('unavailable');
  else if (largeChanged) {
    if (unloading) keepUnloadCopy(large);
    const thisWrite = ++writesStarted;
    largeInFlight = large;
    try {
      await set(LARGE_KEY, large, database());
      // Only the newest write may drop the unload copy: an older one holds older text.
      if (thisWrite === writesStarted) {
        largeInFlight = null;
        if (!unloading) localStorage.removeItem(UNLOAD_KEY);
      }
    } catch (error) {
      problems.push(storageProblemOf(error));
    }
  }
  const problem = problems.includes('quota') ? 'quota' : (problems[0] ?? null);
  if (useAppStore.getState().storageProblem !== problem)
    useAppStore.setState({ storageProblem: problem });
}

function storageProblemOf(error: unknown): 'quota' | 'unavailable' {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return /quota/i.test(name) ? 'quota' : 'unavailable';
}

/** The large parts, and the stored form of the rest (which leaves the large parts out). */
function splitParts(workspace: SavedWorkspace): { small: unknown; large: LargeParts } {
  const { version, state } = serialiseWorkspace(workspace);
  const { examplesText, tuning, ...rest } = state;
  const { head, history, historyFor, ...smallTuning } = tuning;
  return {
    large: { examplesText, tuning: { head, history, historyFor } },
    small: { version, state: { ...rest, tuning: smallTuning } },
  };
}

/** The stored small part with the large parts put back in (each only where it was stored). */
function mergeParts(small: unknown, large: unknown): unknown {
  if (!isObject(large)) return small;
  const envelope = isObject(small) && isObject(small.state) ? small : { state: small };
  const state = isObject(envelope.state) ? envelope.state : {};
  const smallTuning = isObject(state.tuning) ? state.tuning : {};
  const largeTuning = isObject(large.tuning) ? large.tuning : {};
  return {
    ...envelope,
    state: {
      ...state,
      ...('examplesText' in large ? { examplesText: large.examplesText } : {}),
      tuning: { ...smallTuning, ...largeTuning },
    },
  };
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text; // unreadable: the schema reports it as such
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function savedFieldsChanged(a: AppState, b: AppState): boolean {
  return (
    a.template !== b.template ||
    a.classes !== b.classes ||
    a.examplesText !== b.examplesText ||
    a.selectedIndex !== b.selectedIndex ||
    a.labelWordsAfterSpace !== b.labelWordsAfterSpace ||
    a.calibration !== b.calibration ||
    a.demonstrations !== b.demonstrations ||
    a.language !== b.language ||
    a.model.source !== b.model.source ||
    a.model.hubHost !== b.model.hubHost ||
    a.backend !== b.backend ||
    a.tuning.settings !== b.tuning.settings ||
    a.tuning.head !== b.tuning.head ||
    a.tuning.useTuned !== b.tuning.useTuned ||
    a.tuning.history !== b.tuning.history ||
    a.tuning.historyFor !== b.tuning.historyFor ||
    a.tuning.historyRunning !== b.tuning.historyRunning
  );
}
