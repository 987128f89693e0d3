/** "Template presets": ready-made sentiment prompts of the UI language (core/templatePresets). */
import { templatePresets } from '../core/templatePresets';
import { labelWordsOf } from '../core/verbalizer';
import { applyTemplatePreset } from '../state/applyPreset';
import { useAppStore } from '../state/store';
import { useTranslation } from './useTranslation';

export function TemplatePresets() {
  const t = useTranslation();
  const language = useAppStore((s) => s.language);
  const presets = templatePresets(language);
  return (
    <select
      aria-label={t('templatePresets')}
      className="template-presets"
      // Always shows the prompt: a preset is an action, the template box holds the state.
      value=""
      onChange={(e) => {
        const preset = presets.find((p) => p.id === e.target.value);
        if (preset) applyTemplatePreset(preset);
      }}
    >
      <option value="">{t('choosePreset')}</option>
      {presets.map((p) => (
        <option key={p.id} value={p.id}>
          {p.template} — {p.classes.map((c) => labelWordsOf(c).join(', ')).join(' / ')}
        </option>
      ))}
    </select>
  );
}
