/**
 * In-context demonstrations (LM-BFF): the switch "Demonstrations", how many per class, how many
 * sets are averaged, how they are sampled and the seed, with what they cost in tokens and where
 * they come from. The sequence itself shows in "What the model sees".
 */
import {
  DEMONSTRATION_LIMITS,
  demonstrationCount,
  isDemonstrationSampling,
  type DemonstrationSampling,
  type DemonstrationSettings,
} from '../core/search/demonstrationSettings';
import { selectSearchRows } from '../state/selectors';
import { useAppStore } from '../state/store';
import { DraftNumberField } from './DraftNumberField';
import { useTranslation } from './useTranslation';
import type { MessageKey } from '../i18n/messages';

// Option names are accessible names: English in both languages, like the Calibration select.
const SAMPLING_NAMES: Record<DemonstrationSampling, string> = {
  random: 'Random',
  similar: 'Most similar',
};

export function DemonstrationsEditor() {
  const t = useTranslation();
  const settings = useAppStore((s) => s.demonstrations);
  const setDemonstrations = useAppStore((s) => s.setDemonstrations);
  const pool = useAppStore((s) => selectSearchRows(s));
  const preview = useAppStore((s) => s.prediction.result?.preview ?? null);
  const added = preview?.filter((token) => token.isDemonstration).length ?? 0;
  return (
    <section className="panel">
      <h2>{t('demonstrationsHeading')}</h2>
      <p className="help" id="demonstrations-help">
        {t('demonstrationsHelp')}
      </p>
      <label>
        <input
          type="checkbox"
          role="switch"
          aria-label="Demonstrations"
          aria-describedby="demonstrations-help"
          aria-checked={settings.enabled}
          checked={settings.enabled}
          onChange={(e) => setDemonstrations({ enabled: e.target.checked })}
        />{' '}
        {t('demonstrationsSwitch')}
      </label>
      <div className="demonstration-settings">
        <CountField
          settingKey="perClass"
          label="demonstrationsPerClass"
          accessibleName="Demonstrations per class"
          settings={settings}
          onValid={(perClass) => setDemonstrations({ perClass })}
        />
        <CountField
          settingKey="sets"
          label="demonstrationSets"
          accessibleName="Demonstration sets"
          settings={settings}
          onValid={(sets) => setDemonstrations({ sets })}
        />
        <label>
          <span aria-hidden="true">{t('demonstrationSampling')}</span>
          <select
            aria-label="Demonstration sampling"
            value={settings.sampling}
            onChange={(e) => {
              if (isDemonstrationSampling(e.target.value))
                setDemonstrations({ sampling: e.target.value });
            }}
          >
            {(['random', 'similar'] as const).map((mode) => (
              <option key={mode} value={mode}>
                {SAMPLING_NAMES[mode]}
              </option>
            ))}
          </select>
        </label>
        <CountField
          settingKey="seed"
          label="demonstrationSeed"
          accessibleName="Demonstration seed"
          settings={settings}
          onValid={(seed) => setDemonstrations({ seed })}
        />
      </div>
      {settings.sampling === 'similar' && <p className="help">{t('demonstrationsSimilarHelp')}</p>}
      {settings.enabled && pool.train.length === 0 && (
        <p className="error" role="status">
          {t('demonstrationsNoRows')}
        </p>
      )}
      {settings.enabled && pool.train.length > 0 && (
        <p className="help">
          {t('demonstrationsPool', {
            count: pool.train.length,
            source: t(`demonstrationsPool_${pool.source}`),
          })}
        </p>
      )}
      {settings.enabled && added > 0 && preview && (
        <p className="help" aria-label="Demonstration tokens">
          {t('demonstrationsTokens', { tokens: added, total: preview.length })}
        </p>
      )}
    </section>
  );
}

/** A whole-number setting; the typed text stays while it is out of range, and says why. */
function CountField({
  settingKey,
  label,
  accessibleName,
  settings,
  onValid,
}: {
  settingKey: 'perClass' | 'sets' | 'seed';
  label: MessageKey;
  accessibleName: string;
  settings: DemonstrationSettings;
  onValid: (value: number) => void;
}) {
  const t = useTranslation();
  const { min, max } = DEMONSTRATION_LIMITS[settingKey];
  return (
    <DraftNumberField
      id={`demonstration-${settingKey}`}
      label={label}
      accessibleName={accessibleName}
      min={min}
      max={max}
      value={settings[settingKey]}
      onValid={onValid}
      check={(text) => {
        const parsed = demonstrationCount(settingKey, Number(text));
        return parsed !== null && text.trim() !== ''
          ? { ok: true, value: parsed }
          : { ok: false, problem: t('demonstrationRange', { min, max }) };
      }}
    />
  );
}
