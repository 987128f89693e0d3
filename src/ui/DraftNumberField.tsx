/**
 * A labelled number input that keeps the typed text while it is not a valid value and says why
 * beside the field; the setting keeps its last valid value until the text is valid again. The
 * tuning panel's and the demonstrations' fields are this one field with their own check.
 */
import { useState } from 'react';
import type { MessageKey } from '../i18n/messages';
import { useTranslation } from './useTranslation';

/** What a field's check says of the typed text: its value, or why it is refused (shown as is). */
export type FieldCheck = { ok: true; value: number } | { ok: false; problem: string };

/** A number input for one setting, reporting valid values through `onValid`. */
export function DraftNumberField({
  id,
  label,
  accessibleName,
  value,
  check,
  onValid,
  step = 1,
  min,
  max,
  disabled = false,
}: {
  /** Unique among the page's fields: names the problem text for `aria-describedby`. */
  id: string;
  label: MessageKey;
  accessibleName: string;
  value: number;
  check: (text: string) => FieldCheck;
  onValid: (value: number) => void;
  step?: number;
  min?: number;
  max?: number;
  disabled?: boolean;
}) {
  const t = useTranslation();
  // The text being typed while it is not a valid value; null shows the setting itself.
  const [draft, setDraft] = useState<{ text: string; problem: string } | null>(null);
  const messageId = `${id}-problem`;
  return (
    <label>
      <span aria-hidden="true">{t(label)}</span>
      <input
        type="number"
        aria-label={accessibleName}
        aria-invalid={draft ? 'true' : undefined}
        aria-describedby={draft ? messageId : undefined}
        step={step}
        min={min}
        max={max}
        value={draft ? draft.text : value}
        disabled={disabled}
        onChange={(e) => {
          const checked = check(e.target.value);
          if (checked.ok) {
            setDraft(null);
            onValid(checked.value);
          } else setDraft({ text: e.target.value, problem: checked.problem });
        }}
      />
      {draft && (
        <span id={messageId} className="field-error">
          {draft.problem} {t('settingKept', { value })}
        </span>
      )}
    </label>
  );
}
