/** Export the tuned head as JSON, or import one (refused when it does not fit). */
import { useTranslation } from './useTranslation';
import { useAppStore } from '../state/store';
import { exportHead, importHead } from '../state/tuningSync';

export function HeadFile() {
  const t = useTranslation();
  const hasHead = useAppStore((s) => s.tuning.head !== null);
  return (
    <>
      <button
        type="button"
        disabled={!hasHead}
        onClick={() => {
          const text = exportHead();
          if (!text) return;
          const link = document.createElement('a');
          link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
          link.download = 'cloze-lab-head.json';
          link.click();
          URL.revokeObjectURL(link.href);
        }}
      >
        {t('exportHead')}
      </button>
      <label className="file-button">
        {t('importHead')}
        <input
          type="file"
          accept="application/json,.json"
          aria-label="Import head"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then(importHead);
            e.target.value = '';
          }}
        />
      </label>
    </>
  );
}
