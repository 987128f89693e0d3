/** The saved workspace a lesson sets up, built on the current one (model, language, host). Pure. */
import { defaultDemonstrations } from '../search/demonstrationSettings';
import type { TuningSettings } from '../tuning/types';
import { untrainedTuning, type SavedWorkspace } from '../workspace/schema';
import type { Lesson } from './types';

/**
 * `current` with the lesson's template, classes, examples, calibration and settings; the tuned
 * head and history go (they were trained for another prompt). Model, language, Hub host and
 * backend stay: a lesson never starts a download.
 */
export function lessonWorkspace(
  lesson: Lesson,
  current: SavedWorkspace,
  defaultSettings: TuningSettings,
): SavedWorkspace {
  const { workspace } = lesson;
  return {
    ...current,
    template: workspace.template,
    classes: workspace.classes.map((c, i) => ({
      id: `lesson-${i + 1}`,
      name: c.name,
      labelWords: c.labelWords,
    })),
    examplesText: workspace.examples.map(([label, text]) => `${label}\t${text}`).join('\n'),
    selectedIndex: 0,
    labelWordsAfterSpace: true,
    calibration: workspace.calibration,
    demonstrations: { ...defaultDemonstrations(), ...workspace.demonstrations },
    tuning: untrainedTuning({ ...defaultSettings, ...workspace.tuning }),
  };
}
