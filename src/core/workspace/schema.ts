/**
 * The one schema of a saved workspace: what is saved, how each field is checked, and how a
 * damaged field is repaired. Reload reads through it now; share links and file import will too.
 * Every field is read on its own, so one bad field never costs the others. Pure.
 */
import { isBackendChoice, type BackendChoice } from '../backend';
import { isCalibrationMode } from '../evaluation/calibration';
import { defaultWorkspace, type Workspace } from '../defaults';
import { readDemonstrationSettings } from '../search/demonstrationSettings';
import { exampleKeys, parseExamples } from '../examples';
import { isLanguage, type Language } from '../language';
import { readModelSource, normaliseHubHost, type ModelSource } from '../modelSource';
import type { TuningProvenance } from '../tuning/provenance';
import type { HistoryRow, SavedHead, TuningSettings } from '../tuning/types';
import type { VerbalizerClass } from '../verbalizer';
import {
  isFiniteNumber,
  isRecord,
  readHead,
  readHistory,
  readProvenance,
  readSettings,
} from './readers';

/** The version `serialiseWorkspace` writes. 1: the zustand `persist` format with line indices. */
export const WORKSPACE_VERSION = 2;

/** Saved tuning state: settings, the tuned head, and the last run's history with its inputs. */
export interface SavedTuning {
  settings: TuningSettings;
  head: SavedHead | null;
  useTuned: boolean;
  history: HistoryRow[];
  /** The inputs the history was trained on; null when unknown (saved before it was recorded). */
  historyFor: TuningProvenance | null;
  /** The run was still going when the state was saved: after a reload it was interrupted. */
  historyRunning: boolean;
}

/** Everything a workspace saves. */
export interface SavedWorkspace extends Workspace {
  language: Language;
  modelSource: ModelSource;
  hubHost: string;
  /** The backend chosen in the Backend select. */
  backend: BackendChoice;
  tuning: SavedTuning;
}

/** The parts of a saved workspace a person is told about when they had to be repaired. */
export type WorkspaceField =
  | 'template'
  | 'classes'
  | 'examples'
  | 'selection'
  | 'language'
  | 'model'
  | 'hubHost'
  | 'backend'
  | 'calibration'
  | 'demonstrations'
  | 'tuningSettings'
  | 'tunedHead'
  | 'trainingHistory';

/** What reading a stored value gave: a whole workspace, and what had to be repaired. */
export interface ReadWorkspace {
  workspace: SavedWorkspace;
  /** Fields that were present but damaged, replaced by the fallback's (or cleaned). */
  repaired: WorkspaceField[];
  /** Nothing could be read at all (not an object, or no field survived): the fallback is used. */
  unreadable: boolean;
}

/** The workspace a fresh browser starts with. */
export function freshWorkspace(
  language: Language,
  modelSource: ModelSource,
  hubHost: string,
  settings: TuningSettings,
): SavedWorkspace {
  return {
    ...defaultWorkspace(language),
    language,
    modelSource,
    hubHost,
    backend: 'auto',
    tuning: untrainedTuning(settings),
  };
}

/** Tuning state with these settings and nothing trained: no head, no history. */
export function untrainedTuning(settings: TuningSettings): SavedTuning {
  return {
    settings,
    head: null,
    useTuned: false,
    history: [],
    historyFor: null,
    historyRunning: false,
  };
}

/** The stored form: a version and the state, as JSON-safe data. */
export function serialiseWorkspace(workspace: SavedWorkspace): {
  version: number;
  state: SavedWorkspace;
} {
  return { version: WORKSPACE_VERSION, state: workspace };
}

/**
 * Reads a stored value (`{ version, state }`, or a bare state) into a workspace. Never throws:
 * damaged fields take `fallback`'s value and are listed; fields added in later versions that
 * are merely missing take it silently.
 */
export function readSavedWorkspace(stored: unknown, fallback: SavedWorkspace): ReadWorkspace {
  const unreadable = { workspace: fallback, repaired: [], unreadable: true };
  const envelope = isRecord(stored) && isRecord(stored.state) ? stored : { state: stored };
  const state = envelope.state;
  if (!isRecord(state)) return unreadable;
  const version = isFiniteNumber(envelope.version) ? envelope.version : WORKSPACE_VERSION;
  const repaired = new Set<WorkspaceField>();
  // Takes a field's value when its reader accepts it; else the fallback, noting the repair.
  function field<T>(name: WorkspaceField, value: unknown, read: Reader<T>, or: T) {
    if (value === undefined) return { value: or, found: false };
    const out = read(value);
    if (out === INVALID) repaired.add(name);
    return out === INVALID ? { value: or, found: false } : { value: out, found: true };
  }

  const template = field('template', state.template, readString, fallback.template);
  const classes = field('classes', state.classes, readClasses, {
    classes: fallback.classes,
    dropped: false,
  });
  if (classes.found && classes.value.dropped) repaired.add('classes');
  const examplesText = field('examples', state.examplesText, readString, fallback.examplesText);
  const selectedIndex = field('selection', state.selectedIndex, readIndex, 0);
  const language = field('language', state.language, readLanguage, fallback.language);
  const modelSource = field('model', state.modelSource, readModel, fallback.modelSource);
  const hubHost = field('hubHost', state.hubHost, readHubHost, fallback.hubHost);
  const backend = field('backend', state.backend, readBackend, fallback.backend);
  const calibration = field(
    'calibration',
    state.calibration,
    readCalibration,
    fallback.calibration,
  );
  const demonstrations = readDemonstrations(state.demonstrations, fallback, repaired);
  const afterSpace = typeof state.labelWordsAfterSpace === 'boolean';
  const tuning = readSavedTuning(
    state.tuning,
    fallback.tuning,
    version,
    examplesText.value,
    repaired,
  );

  const anyFound = [template, classes, examplesText].some((f) => f.found);
  if (!anyFound) return unreadable;
  return {
    workspace: {
      template: template.value,
      classes: classes.value.classes,
      examplesText: examplesText.value,
      selectedIndex: selectedIndex.value,
      labelWordsAfterSpace: afterSpace
        ? (state.labelWordsAfterSpace as boolean)
        : fallback.labelWordsAfterSpace,
      calibration: calibration.value,
      demonstrations,
      language: language.value,
      modelSource: modelSource.value,
      hubHost: hubHost.value,
      backend: backend.value,
      tuning,
    },
    repaired: [...repaired],
    unreadable: false,
  };
}

/** Demonstration settings, each damaged field repaired on its own (older saves have none). */
function readDemonstrations(
  value: unknown,
  fallback: SavedWorkspace,
  repaired: Set<WorkspaceField>,
): SavedWorkspace['demonstrations'] {
  if (value === undefined) return fallback.demonstrations;
  const read = readDemonstrationSettings(value, fallback.demonstrations);
  if (!read || read.repaired) repaired.add('demonstrations');
  return read ? read.settings : fallback.demonstrations;
}

function readSavedTuning(
  value: unknown,
  fallback: SavedTuning,
  version: number,
  examplesText: string,
  repaired: Set<WorkspaceField>,
): SavedTuning {
  if (value === undefined) return fallback;
  if (!isRecord(value)) {
    repaired.add('trainingHistory');
    return fallback;
  }
  const take = <T>(name: WorkspaceField, v: unknown, read: Reader<T>, or: T): T => {
    if (v === undefined) return or;
    const out = read(v);
    if (out === INVALID) repaired.add(name);
    return out === INVALID ? or : out;
  };
  // Version 1 saved the training sample as line positions; they become example identities.
  const headValue =
    version < 2 ? headWithKeys(value.head, exampleKeys(parseExamples(examplesText))) : value.head;
  const head = take('tunedHead', headValue, orNull(readHead), fallback.head);
  const history = take('trainingHistory', value.history, valid(readHistory), fallback.history);
  const historyFor = take('trainingHistory', value.historyFor, orNull(readProvenance), null);
  return {
    settings: take('tuningSettings', value.settings, valid(readSettings), fallback.settings),
    head,
    useTuned: head !== null && value.useTuned === true,
    history,
    historyFor: history.length > 0 ? historyFor : null,
    historyRunning: history.length > 0 && value.historyRunning === true,
  };
}

/** A version-1 head (train sample as line indices) with the sample as example identities. */
export function headWithKeys(value: unknown, keys: string[]): unknown {
  if (!isRecord(value) || !Array.isArray(value.trainIndices)) return value;
  const indices = value.trainIndices as unknown[];
  if (
    !indices.every((i) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < keys.length)
  )
    return value;
  const { trainIndices: _dropped, ...rest } = value;
  return { ...rest, trainKeys: indices.map((i) => keys[i as number]) };
}

/** Marks a value a reader refused (null can be a valid value, so it cannot mark that). */
const INVALID = Symbol('invalid');
type Reader<T> = (value: unknown) => T | typeof INVALID;
/** A reader from one that returns null for a refused value. */
const valid =
  <T>(read: (v: unknown) => T | null): Reader<T> =>
  (v) =>
    read(v) ?? INVALID;
/** The same, where a stored null is itself valid. */
const orNull =
  <T>(read: (v: unknown) => T | null): Reader<T | null> =>
  (v) =>
    v === null ? null : (read(v) ?? INVALID);

const readString = valid((v) => (typeof v === 'string' ? v : null));
const readIndex = valid((v) => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : null));
const readLanguage = valid((v) => (isLanguage(v) ? v : null));
const readHubHost = valid((v) => (typeof v === 'string' ? normaliseHubHost(v) : null));
const readModel = valid(readModelSource);
const readBackend = valid((v) => (isBackendChoice(v) ? v : null));
const readCalibration = valid((v) => (isCalibrationMode(v) ? v : null));
const readClasses = valid(readClassList);

/** The classes that read back; `dropped` when some entries were not classes. */
function readClassList(value: unknown): { classes: VerbalizerClass[]; dropped: boolean } | null {
  if (!Array.isArray(value)) return null;
  const classes: VerbalizerClass[] = [];
  const ids = new Set<string>();
  let dropped = false;
  for (const c of value) {
    const ok =
      isRecord(c) &&
      typeof c.id === 'string' &&
      c.id !== '' &&
      !ids.has(c.id) &&
      typeof c.name === 'string' &&
      typeof c.labelWords === 'string';
    if (!ok) {
      dropped = true;
      continue;
    }
    ids.add(c.id as string);
    classes.push({
      id: c.id as string,
      name: c.name as string,
      labelWords: c.labelWords as string,
    });
  }
  return { classes, dropped };
}
