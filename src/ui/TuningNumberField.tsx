/**
 * One number field of the tuning panel: the shared draft-keeping field with the tuning
 * settings' check and its messages.
 */
import type { MessageKey } from '../i18n/messages';
import { checkSetting, type SettingProblem } from '../core/tuning/settingLimits';
import type { TuningSettings } from '../core/tuning/types';
import { DraftNumberField } from './DraftNumberField';
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
  return (
    <DraftNumberField
      id={`setting-${settingKey}`}
      label={label}
      accessibleName={accessibleName}
      step={step}
      value={value}
      disabled={disabled}
      onValid={onValid}
      check={(text) => {
        const checked = checkSetting(settingKey, text);
        return checked.ok ? checked : { ok: false, problem: problemText(t, checked.problem) };
      }}
    />
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
