/** Export the tuned head as JSON, or import one (refused when it does not fit). */
import { useState } from 'react';
import { FilePick } from './FilePick';
import { useTranslation } from './useTranslation';
import { useAppStore } from '../state/store';
import { exportHead, importHead } from '../state/tuningSync';

export function HeadFile() {
  const t = useTranslation();
  const hasHead = useAppStore((s) => s.tuning.head !== null);
  const [imported, setImported] = useState<string | null>(null);
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
      <FilePick
        name="Import head"
        buttonText={t('importHead')}
        chosenText={imported ?? t('noFileChosen')}
        accept="application/json,.json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) {
            setImported(file.name);
            void file.text().then(importHead);
          }
          // The same file can be imported again (after a change of template, say).
          e.target.value = '';
        }}
      />
    </>
  );
}
