/** Stays on screen while the browser refuses to save: the person must know edits live in this tab only. */
import { useAppStore } from '../state/store';
import { useTranslation } from './useTranslation';

export function StorageNotice() {
  const t = useTranslation();
  const problem = useAppStore((s) => s.storageProblem);
  if (!problem) return null;
  return (
    <p className="notice error" role="alert">
      {t(`storage_${problem}` as const)}
    </p>
  );
}
