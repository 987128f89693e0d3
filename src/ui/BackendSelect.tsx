/**
 * The Backend select (Auto, WebGPU, WASM) and, beside it, why Auto chose what it chose. A
 * change loads the current model again on the chosen backend; the choice is saved with the
 * workspace, and `?backend=` in the address wins until a choice is made here.
 */
import type { BackendChoice, RuntimeInfo } from '../runtime/protocol';
import { chooseBackend, wantedBackend } from '../state/modelSync';
import { useAppStore } from '../state/store';
import { useTranslation } from './useTranslation';

// Option labels are the technical names in every language (they are also the accessible names).
const CHOICES: Array<{ value: BackendChoice; label: string }> = [
  { value: 'auto', label: 'Auto' },
  { value: 'webgpu', label: 'WebGPU' },
  { value: 'wasm', label: 'WASM' },
];

export function BackendSelect() {
  const t = useTranslation();
  const saved = useAppStore((s) => s.backend);
  const runtime = useAppStore((s) => s.model.active);
  const wanted = wantedBackend(saved);
  const fromLink = wanted !== saved;
  return (
    <div className="picker-row backend dev-stat">
      <label>
        <span aria-hidden="true">{t('backend')}</span>{' '}
        <select
          aria-label="Backend"
          value={wanted}
          onChange={(e) => void chooseBackend(e.target.value as BackendChoice)}
        >
          {CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {fromLink && <span className="help">{t('backendFromLink', { backend: wanted })}</span>}
      {wanted === 'auto' && runtime && <AutoReason runtime={runtime} />}
    </div>
  );
}

/** Why Auto picked the backend the model answering now runs on. */
function AutoReason({ runtime }: { runtime: RuntimeInfo }) {
  const t = useTranslation();
  const reason = runtime.backendReason;
  if (runtime.requestedBackend !== 'auto' || reason.code === 'asked') return null;
  return (
    <span className="help" role="note">
      {t(`backendReason_${reason.code}`, 'adapter' in reason ? { adapter: reason.adapter } : {})}
    </span>
  );
}
