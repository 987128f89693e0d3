/**
 * The app's single store. The workspace (what the user typed) is persisted; runtime and results
 * are not. Components read it through the selectors in `selectors.ts`; only `modelSync.ts`
 * talks to the worker, and it writes results back here through the actions below.
 */
import { create } from 'zustand';
import { defaultWorkspace, type Workspace } from '../core/defaults';
import type { Dataset } from '../core/dataset/storedDataset';
import type { ComparisonEntry } from '../core/evaluation/comparison';
import type { Example } from '../core/examples';
import type { BackendChoice } from '../core/backend';
import type { CalibrationMode } from '../core/evaluation/calibration';
import type { DemonstrationSettings } from '../core/search/demonstrationSettings';
import type { Language } from '../core/language';
import { bundledModelFor } from '../core/bundledModels';
import { DEFAULT_HUB_HOST, type ModelSource, type ServedModel } from '../core/modelSource';
import type { TuningProvenance } from '../core/tuning/provenance';
import type {
  CurveRow,
  HistoryRow,
  SavedHead,
  TuningProblem,
  TuningSettings,
} from '../core/tuning/types';
import type { VerbalizerClass } from '../core/verbalizer';
import type { SavedWorkspace, WorkspaceField } from '../core/workspace/schema';
import type { LoadFailure } from '../runtime/loadErrors';
import type { PredictResult, RuntimeInfo, WorkerError } from '../runtime/protocol';

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
  /** Class probabilities of the template's content-free inputs (`N/A`, ""), once scored. */
  contentFree: number[][] | null;
  /** The person cancelled the evaluation: rows not scored yet stay unscored until the next edit. */
  cancelled: boolean;
  /** Rows of the prediction asked for last (the table shows them once its first rows arrive). */
  requestedRows: number;
  /** The inputs changed in a way that cannot be scored; the results shown are the last valid ones. */
  stale: boolean;
  /** A prediction for newer inputs is on its way: the results shown belong to older inputs. */
  pending: boolean;
  /**
   * While a prediction fills in chunk by chunk: per row, whether its result is for the current
   * inputs (rows not yet done keep their previous result, or none: empty `probs`). Null when
   * no partial result is on screen.
   */
  current: boolean[] | null;
  error: WorkerError | null;
}

/** Why an imported head was refused. */
export type ImportMismatch = 'notHeadFile' | 'otherModel' | 'otherInputs';

/** Few-shot tuning: settings (persisted), progress, results, and the tuned head (persisted). */
export interface TuningState {
  settings: TuningSettings;
  status: 'idle' | 'training' | 'curve';
  paused: boolean;
  history: HistoryRow[];
  /** The inputs the history was trained on (null when unknown). */
  historyFor: TuningProvenance | null;
  /** The run that wrote the history has not finished (after a reload: it was interrupted). */
  historyRunning: boolean;
  curve: CurveRow[];
  /** The inputs the learning curve was run on. */
  curveFor: TuningProvenance | null;
  curveSkipped: number[];
  curveProgress: { done: number; total: number } | null;
  problem:
    | TuningProblem
    | { code: 'modelChanged' }
    | { code: 'invalidInputs' }
    | { code: 'importMismatch'; reason: ImportMismatch; model: string; dtype: string }
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

/** What replaced the whole workspace (state/replaceWorkspace.ts), for the notice's wording. */
export type ReplaceReason = 'reset' | 'shared' | 'lesson' | 'imported' | 'preset' | 'languageDemo';

/** A workspace a whole replacement took away, kept for one click back. */
export interface PreviousWorkspace {
  workspace: SavedWorkspace;
  dataset: Dataset | null;
  reason: ReplaceReason;
}

/** Everything in the store. */
export interface AppState extends Workspace {
  language: Language;
  /** What happened when the saved workspace was read at start-up, for the notice. */
  restore: { unreadable: boolean; repaired: WorkspaceField[] } | null;
  /** The browser refused to save the last change: it lives in this tab only. */
  storageProblem: 'quota' | 'unavailable' | null;
  /** The workspace the last whole replacement (reset, link, lesson, import) took away. */
  previousWorkspace: PreviousWorkspace | null;
  /**
   * The UI language whose demo workspace is offered after a switch of language (never put in
   * silently: the workspace on screen may be the person's own), or null.
   */
  demoOffer: Language | null;
  model: ModelState;
  /** Prompts kept for comparison, with their figures (kept in IndexedDB). */
  comparison: ComparisonEntry[];
  /** The imported dataset (kept in IndexedDB), or null. */
  dataset: Dataset | null;
  /** Why the dataset could not be kept or read back, for the Dataset panel. */
  datasetProblem: 'unreadable' | 'quota' | 'unavailable' | null;
  setDataset(dataset: Dataset | null): void;
  prediction: PredictionState;
  tuning: TuningState;
  /** The backend the person chose (Auto, WebGPU, WASM); `?backend=` in the URL wins over it. */
  backend: BackendChoice;
  setBackend(backend: BackendChoice): void;
  setTuning(tuning: Partial<TuningState>): void;
  setTemplate(template: string): void;
  setLabelWordsAfterSpace(on: boolean): void;
  setCalibration(calibration: CalibrationMode): void;
  /** Changes some of the demonstration settings. */
  setDemonstrations(change: Partial<DemonstrationSettings>): void;
  setExamplesText(text: string): void;
  selectExample(index: number): void;
  renameClass(id: string, name: string): void;
  setLabelWords(id: string, labelWords: string): void;
  addClass(): void;
  /** Adds classes with these names and no label words (an import's new classes). */
  addClasses(names: string[]): void;
  removeClass(id: string): void;
  setLanguage(language: Language): void;
  dismissRestoreNotice(): void;
  setModel(model: Partial<ModelState>): void;
  setPrediction(prediction: Partial<PredictionState>): void;
}

/** The English bundled model (a fallback when nothing else answers). */
export const DEFAULT_MODEL: ModelSource = bundledModelFor('en');

/** The UI language of a first visit: the browser's. */
export function browserLanguage(): Language {
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh')
    ? 'zh'
    : 'en';
}

let classCounter = 0;

/** The store hook. */
export const useAppStore = create<AppState>()((set) => ({
  // A first visit opens on its language's demo and bundled model (a saved workspace replaces both).
  ...defaultWorkspace(browserLanguage()),
  language: browserLanguage(),
  restore: null,
  storageProblem: null,
  previousWorkspace: null,
  demoOffer: null,
  backend: 'auto',
  setBackend: (backend) => set({ backend }),
  model: {
    source: bundledModelFor(browserLanguage()),
    hubHost: DEFAULT_HUB_HOST,
    active: null,
    loading: null,
    loadError: null,
    cacheBytes: null,
    served: [],
  },
  comparison: [],
  dataset: null,
  datasetProblem: null,
  setDataset: (dataset) => set({ dataset }),
  prediction: {
    result: null,
    examples: [],
    classNames: [],
    contentFree: null,
    cancelled: false,
    requestedRows: 0,
    stale: false,
    pending: false,
    current: null,
    error: null,
  },
  setTemplate: (template) => set({ template }),
  setLabelWordsAfterSpace: (labelWordsAfterSpace) => set({ labelWordsAfterSpace }),
  setCalibration: (calibration) => set({ calibration }),
  setDemonstrations: (change) =>
    set((s) => ({ demonstrations: { ...s.demonstrations, ...change } })),
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
  addClasses: (names) =>
    set((s) => {
      const classes = [...s.classes];
      for (const name of names) classes.push({ id: newClassId(classes), name, labelWords: '' });
      return { classes };
    }),
  removeClass: (id) => set((s) => ({ classes: s.classes.filter((c) => c.id !== id) })),
  setLanguage: (language) => set({ language }),
  dismissRestoreNotice: () => set({ restore: null }),
  setModel: (model) => set((s) => ({ model: { ...s.model, ...model } })),
  setPrediction: (prediction) => set((s) => ({ prediction: { ...s.prediction, ...prediction } })),
  tuning: {
    settings: DEFAULT_TUNING_SETTINGS,
    status: 'idle',
    paused: false,
    history: [],
    historyFor: null,
    historyRunning: false,
    curve: [],
    curveFor: null,
    curveSkipped: [],
    curveProgress: null,
    problem: null,
    head: null,
    useTuned: false,
  },
  setTuning: (tuning) => set((s) => ({ tuning: { ...s.tuning, ...tuning } })),
}));

/** The workspace fields of the store (what "Reset workspace" replaces). */
export function workspaceOf(s: Workspace): Workspace {
  return {
    template: s.template,
    classes: s.classes,
    examplesText: s.examplesText,
    selectedIndex: s.selectedIndex,
    labelWordsAfterSpace: s.labelWordsAfterSpace,
    calibration: s.calibration,
    demonstrations: s.demonstrations,
  };
}

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
