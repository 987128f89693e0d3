/**
 * One number field of the tuning panel. It keeps the typed text while it is invalid and says
 * why next to the field; the setting keeps its last valid value until the text is valid again.
 */
import { useState } from 'react';
import type { MessageKey } from '../i18n/messages';
import { checkSetting, type SettingProblem } from '../core/tuning/settingLimits';
import type { TuningSettings } from '../core/tuning/types';
import { useTranslation } from './useTranslation';

/** A labelled number input for `settingKey`, reporting valid values through `onValid`. */
export function TuningNumberField({
  settingKey,
  label,
  accessibleName,
  step,
  value,
  disabled,
  onValid,
}: {
  settingKey: keyof TuningSettings;
  label: MessageKey;
  accessibleName: string;
  step: number;
  value: number;
  disabled: boolean;
  onValid: (value: number) => void;
}) {
  const t = useTranslation();
  // The text being typed while it is not a valid value; null shows the setting itself.
  const [draft, setDraft] = useState<{ text: string; problem: SettingProblem } | null>(null);
  const messageId = `setting-${settingKey}-problem`;
  return (
    <label>
      <span aria-hidden="true">{t(label)}</span>
      <input
        type="number"
        aria-label={accessibleName}
        aria-invalid={draft ? 'true' : undefined}
        aria-describedby={draft ? messageId : undefined}
        step={step}
        value={draft ? draft.text : value}
        disabled={disabled}
        onChange={(e) => {
          const check = checkSetting(settingKey, e.target.value);
          if (check.ok) {
            setDraft(null);
            onValid(check.value);
          } else setDraft({ text: e.target.value, problem: check.problem });
        }}
      />
      {draft && (
        <span id={messageId} className="field-error">
          {problemText(t, draft.problem)} {t('settingKept', { value })}
        </span>
      )}
    </label>
  );
}

function problemText(t: ReturnType<typeof useTranslation>, problem: SettingProblem): string {
  switch (problem.code) {
    case 'notNumber':
      return t('settingNotNumber');
    case 'notInteger':
      return t('settingNotInteger');
    case 'tooSmall':
      return problem.inclusive
        ? t('settingTooSmall', { min: problem.min })
        : t('settingTooSmallExclusive', { min: problem.min });
    case 'tooLarge':
      return t('settingTooLarge', { max: problem.max });
  }
}
