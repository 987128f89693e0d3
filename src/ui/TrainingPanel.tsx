/** Few-shot head tuning: settings, Train/Stop/Reset, the tuned-head switch, history and learning curve. */
import type { MessageKey } from '../i18n/messages';
import { useTranslation } from './useTranslation';
import type { TuningSettings } from '../core/tuning/types';
import { useAppStore } from '../state/store';
import {
  pauseTuning,
  resetHead,
  startLearningCurve,
  startTraining,
  stopTuning,
} from '../state/tuningSync';
import { HeadFile } from './HeadFile';
import { tuningProblemText } from './tuningProblemText';
import { LearningCurve } from './LearningCurve';
import { TrainingHistory } from './TrainingHistory';
import { TuningNumberField } from './TuningNumberField';

// Which values each field accepts lives in core/tuning/settingLimits (checked as typed).
const FIELDS: Array<{ key: keyof TuningSettings; label: MessageKey; step: number }> = [
  { key: 'shots', label: 'shotsPerClass', step: 1 },
  { key: 'epochs', label: 'epochs', step: 1 },
  { key: 'learningRate', label: 'learningRate', step: 0.001 },
  { key: 'l2', label: 'l2', step: 0.001 },
  { key: 'batchSize', label: 'batchSize', step: 1 },
  { key: 'seed', label: 'seed', step: 1 },
];

// The names screen readers and outside checks use, whatever the UI language.
const ACCESSIBLE: Record<keyof TuningSettings, string> = {
  shots: 'Shots per class',
  epochs: 'Epochs',
  learningRate: 'Learning rate',
  l2: 'L2',
  batchSize: 'Batch size',
  seed: 'Seed',
};

export function TrainingPanel() {
  const t = useTranslation();
  const tuning = useAppStore((s) => s.tuning);
  const setTuning = useAppStore((s) => s.setTuning);
  const ready = useAppStore((s) => s.model.active !== null);
  const noFeatures = useAppStore((s) => s.model.active?.headRewrite != null);
  const busy = tuning.status !== 'idle';
  const problem = tuning.problem;
  const settings = tuning.settings;

  return (
    <section className="panel tuning">
      <h2>{t('tuningHeading')}</h2>
      <p className="help">{t('tuningHelp')}</p>
      {noFeatures && <p className="notice">{t('noHeadFeatures')}</p>}
      <div className="settings-grid">
        {FIELDS.map((field) => (
          <TuningNumberField
            key={field.key}
            settingKey={field.key}
            label={field.label}
            accessibleName={ACCESSIBLE[field.key]}
            step={field.step}
            value={settings[field.key]}
            disabled={busy}
            onValid={(value) => setTuning({ settings: { ...settings, [field.key]: value } })}
          />
        ))}
      </div>
      <div className="picker-row">
        <button
          type="button"
          data-tour="train"
          // Contract names stay English in every UI language (README).
          aria-label="Train"
          onClick={() => void startTraining()}
          disabled={busy || !ready}
        >
          {t('train')}
        </button>
        <button
          type="button"
          onClick={() => pauseTuning(!tuning.paused)}
          disabled={tuning.status !== 'training'}
        >
          {tuning.paused ? t('resume') : t('pause')}
        </button>
        <button type="button" aria-label="Stop" onClick={stopTuning} disabled={!busy}>
          {t('stop')}
        </button>
        <button
          type="button"
          aria-label="Reset head"
          onClick={resetHead}
          disabled={busy || !tuning.head}
        >
          {t('resetHead')}
        </button>
        <button
          type="button"
          data-tour="learning-curve"
          onClick={() => void startLearningCurve()}
          disabled={busy || !ready}
        >
          {t('runLearningCurve')}
        </button>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            aria-label="Use tuned head"
            aria-checked={tuning.useTuned}
            checked={tuning.useTuned}
            disabled={!tuning.head}
            onChange={(e) => setTuning({ useTuned: e.target.checked })}
          />{' '}
          {t('useTunedHead')}
        </label>
        <HeadFile />
      </div>
      {problem && (
        <p className="notice error" role="alert">
          {tuningProblemText(problem, settings.shots, t)}
        </p>
      )}
      <TrainingHistory />
      <LearningCurve />
    </section>
  );
}
