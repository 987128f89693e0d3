/**
 * What a lesson is: a title, the workspace it sets up, and a few tour steps that each point at
 * one control and say what to do and what to look for, in English and Chinese. Data only.
 */
import type { CalibrationMode } from '../evaluation/calibration';
import type { DemonstrationSettings } from '../search/demonstrationSettings';
import type { TuningSettings } from '../tuning/types';

/** A text in both UI languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

/**
 * The controls a step can point at. The UI maps each to a stable selector (accessible names
 * or `data-tour` attributes, never styling classes), so lessons never name DOM details.
 */
export type LessonTarget =
  | 'lessons'
  | 'template'
  | 'labelWords'
  | 'examples'
  | 'predictions'
  | 'chart'
  | 'tokenPreview'
  | 'calibration'
  | 'metrics'
  | 'shotsPerClass'
  | 'seed'
  | 'train'
  | 'learningCurve'
  | 'useTunedHead'
  | 'suggestLabelWords'
  | 'suggestTemplates'
  | 'demonstrations'
  | 'demonstrationsPerClass';

/** One step of a lesson's tour. */
export interface LessonStep {
  target: LessonTarget;
  title: Bilingual;
  /** What to do, and what to look for. */
  text: Bilingual;
}

/** One class of a lesson's verbalizer. */
export interface LessonClass {
  name: string;
  /** Comma-separated, as the Label words box takes them. */
  labelWords: string;
}

/** The workspace a lesson starts from; everything not named keeps the app's defaults. */
export interface LessonWorkspace {
  template: string;
  classes: LessonClass[];
  /** Typed examples: [class name, text]. */
  examples: Array<[label: string, text: string]>;
  calibration: CalibrationMode;
  tuning?: Partial<TuningSettings>;
  demonstrations?: Partial<DemonstrationSettings>;
}

/** A lesson: what the picker lists and what choosing it sets up and shows. */
export interface Lesson {
  /** Stable id (kebab case); the picker's option value. */
  id: string;
  title: Bilingual;
  workspace: LessonWorkspace;
  /** 3–6 tour steps, in order. */
  steps: LessonStep[];
}
