/**
 * The app's single store. The workspace (what the user typed) is persisted; runtime and results
 * are not. Components read it through the selectors in `selectors.ts`; only `modelSync.ts`
 * talks to the worker, and it writes results back here through the actions below.
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { defaultWorkspace, readWorkspace, type Workspace } from '../core/defaults';
import type { Example } from '../core/examples';
import type { VerbalizerClass } from '../core/verbalizer';
import type { Language } from '../i18n/messages';
import type { LoadFailure } from '../runtime/loadErrors';
import type { BackendChoice, PredictResult, RuntimeInfo, WorkerError } from '../runtime/protocol';
import type {
  CurveRow,
  HistoryRow,
  SavedHead,
  TuningProblem,
  TuningSettings,
} from '../core/tuning/types';
import { readTuning } from './storedTuning';
import {
  DEFAULT_HUB_HOST,
  normaliseHubHost,
  readModelSource,
  type ModelSource,
  type ServedModel,
} from '../core/modelSource';

/** A model load in progress. */
export interface LoadingState {
  label: string;
  /** Bytes so far per file, in the order the files started. */
  files: Array<{ file: string; loaded: number; total: number }>;
}

/** Model state: the choice (persisted), the model answering now, a load in flight, its failure. */
export interface ModelState {
  source: ModelSource;
  hubHost: string;
  /** The model currently answering, or null before the first load finished. */
  active: RuntimeInfo | null;
  loading: LoadingState | null;
  loadError: { label: string; failure: LoadFailure; detail: string } | null;
  /** Bytes in the browser's model cache, when known. */
  cacheBytes: number | null;
  /** Models this app serves besides the bundled one (fetched with `npm run fetch-model`). */
  served: ServedModel[];
}

/** The results on screen and the inputs they were computed for. */
export interface PredictionState {
  result: PredictResult | null;
  examples: Example[];
  classNames: string[];
  /** The inputs changed in a way that cannot be scored; the results shown are the last valid ones. */
  stale: boolean;
  /** A prediction for newer inputs is on its way: the results shown belong to older inputs. */
  pending: boolean;
  error: WorkerError | null;
}

/** Few-shot tuning: settings (persisted), progress, results, and the tuned head (persisted). */
export interface TuningState {
  settings: TuningSettings;
  status: 'idle' | 'training' | 'curve';
  paused: boolean;
  history: HistoryRow[];
  curve: CurveRow[];
  curveSkipped: number[];
  curveProgress: { done: number; total: number } | null;
  problem:
    | TuningProblem
    | { code: 'modelChanged' }
    | { code: 'invalidInputs' }
    | { code: 'importMismatch'; detail: string }
    | null;
  head: SavedHead | null;
  useTuned: boolean;
}

/** Tuning settings a fresh workspace starts with. */
export const DEFAULT_TUNING_SETTINGS: TuningSettings = {
  shots: 4,
  epochs: 30,
  // h has ~100s of unit-scale dimensions: larger steps make the prompt head's loss jump about.
  learningRate: 0.002,
  l2: 0.01,
  batchSize: 8,
  seed: 1,
};

/** Everything in the store. */
export interface AppState extends Workspace {
  language: Language;
  restoreNotice: boolean;
  model: ModelState;
  prediction: PredictionState;
  tuning: TuningState;
  /** The backend the person chose (Auto, WebGPU, WASM); `?backend=` in the URL wins over it. */
  backend: BackendChoice;
  setBackend(backend: BackendChoice): void;
  setTuning(tuning: Partial<TuningState>): void;
  setTemplate(template: string): void;
  setLabelWordsAfterSpace(on: boolean): void;
  setExamplesText(text: string): void;
  selectExample(index: number): void;
  renameClass(id: string, name: string): void;
  setLabelWords(id: string, labelWords: string): void;
  addClass(): void;
  removeClass(id: string): void;
  resetWorkspace(): void;
  setLanguage(language: Language): void;
  dismissRestoreNotice(): void;
  setModel(model: Partial<ModelState>): void;
  setPrediction(prediction: Partial<PredictionState>): void;
}

/** The bundled model the app opens with. */
export const DEFAULT_MODEL: ModelSource = { kind: 'bundled', name: 'cloze-lab-en', dtype: 'fp32' };
const STORAGE_KEY = 'cloze-lab-workspace';
const STORAGE_VERSION = 1;

type Persisted = Workspace & {
  language: Language;
  modelSource: ModelSource;
  hubHost: string;
  tuning: Pick<TuningState, 'settings' | 'head' | 'useTuned' | 'history'>;
  backend: BackendChoice;
};
const CORRUPTED = Symbol('corrupted');
let lastWritten = '';

/** localStorage access that turns unreadable JSON into a marker instead of a silent reset. */
const workspaceStorage: PersistStorage<Persisted | typeof CORRUPTED> = {
  getItem: (name) => {
    const raw = localStorage.getItem(name);
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as StorageValue<Persisted>;
    } catch {
      return { state: CORRUPTED, version: STORAGE_VERSION };
    }
  },
  // The store changes on every model answer; only write when the workspace itself changed.
  setItem: (name, value) => {
    const text = JSON.stringify(value);
    if (text !== lastWritten) localStorage.setItem(name, text);
    lastWritten = text;
  },
  removeItem: (name) => localStorage.removeItem(name),
};

function initialLanguage(): Language {
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh')
    ? 'zh'
    : 'en';
}

let classCounter = 0;

/** The store hook. */
export const useAppStore = create<AppState>()(
  persist(
    (set) => ({
      ...defaultWorkspace(),
      language: initialLanguage(),
      restoreNotice: false,
      model: {
        source: DEFAULT_MODEL,
        hubHost: DEFAULT_HUB_HOST,
        active: null,
        loading: null,
        loadError: null,
        cacheBytes: null,
        served: [],
      },
      prediction: {
        result: null,
        examples: [],
        classNames: [],
        stale: false,
        pending: false,
        error: null,
      },
      setTemplate: (template) => set({ template }),
      setLabelWordsAfterSpace: (labelWordsAfterSpace) => set({ labelWordsAfterSpace }),
      setExamplesText: (examplesText) => set({ examplesText }),
      selectExample: (selectedIndex) => set({ selectedIndex }),
      renameClass: (id, name) => set((s) => ({ classes: updateClass(s.classes, id, { name }) })),
      setLabelWords: (id, labelWords) =>
        set((s) => ({ classes: updateClass(s.classes, id, { labelWords }) })),
      addClass: () =>
        set((s) => ({
          classes: [
            ...s.classes,
            { id: newClassId(s.classes), name: `class ${s.classes.length + 1}`, labelWords: '' },
          ],
        })),
      removeClass: (id) => set((s) => ({ classes: s.classes.filter((c) => c.id !== id) })),
      resetWorkspace: () => set({ ...defaultWorkspace(), restoreNotice: false }),
      setLanguage: (language) => set({ language }),
      dismissRestoreNotice: () => set({ restoreNotice: false }),
      setModel: (model) => set((s) => ({ model: { ...s.model, ...model } })),
      setPrediction: (prediction) =>
        set((s) => ({ prediction: { ...s.prediction, ...prediction } })),
      tuning: {
        settings: DEFAULT_TUNING_SETTINGS,
        status: 'idle',
        paused: false,
        history: [],
        curve: [],
        curveSkipped: [],
        curveProgress: null,
        problem: null,
        head: null,
        useTuned: false,
      },
      setTuning: (tuning) => set((s) => ({ tuning: { ...s.tuning, ...tuning } })),
      backend: 'auto',
      setBackend: (backend) => set({ backend }),
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: workspaceStorage,
      partialize: (s): Persisted => ({
        template: s.template,
        classes: s.classes,
        examplesText: s.examplesText,
        selectedIndex: s.selectedIndex,
        labelWordsAfterSpace: s.labelWordsAfterSpace,
        language: s.language,
        modelSource: s.model.source,
        hubHost: s.model.hubHost,
        tuning: {
          settings: s.tuning.settings,
          head: s.tuning.head,
          useTuned: s.tuning.useTuned,
          history: s.tuning.history,
        },
        backend: s.backend,
      }),
      // Anything that does not read back as a workspace is replaced by the defaults, with a notice.
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) return current;
        const workspace = persisted === CORRUPTED ? null : readWorkspace(persisted);
        if (!workspace) return { ...current, restoreNotice: true };
        const stored = persisted as {
          language?: unknown;
          modelSource?: unknown;
          hubHost?: unknown;
          tuning?: unknown;
          backend?: unknown;
        };
        const language =
          stored.language === 'zh' || stored.language === 'en' ? stored.language : current.language;
        const model = {
          ...current.model,
          source: readModelSource(stored.modelSource) ?? current.model.source,
          hubHost:
            (typeof stored.hubHost === 'string' && normaliseHubHost(stored.hubHost)) ||
            current.model.hubHost,
        };
        const tuning = { ...current.tuning, ...readTuning(stored.tuning) };
        const backend =
          stored.backend === 'webgpu' || stored.backend === 'wasm' ? stored.backend : 'auto';
        return { ...current, ...workspace, language, model, tuning, backend };
      },
      // A stored state from another version is not trusted blindly: it goes through `merge`.
      migrate: (persisted) => persisted as Persisted,
    },
  ),
);

function updateClass(
  classes: VerbalizerClass[],
  id: string,
  change: Partial<VerbalizerClass>,
): VerbalizerClass[] {
  return classes.map((c) => (c.id === id ? { ...c, ...change } : c));
}

function newClassId(classes: VerbalizerClass[]): string {
  let id: string;
  do id = `class-${Date.now().toString(36)}-${classCounter++}`;
  while (classes.some((c) => c.id === id));
  return id;
}
