/**
 * The Dataset panel, beside the Examples box: import a labelled file (the file input, a file
 * dropped anywhere on the page, or pasted rows), then its name, rows per class, skipped rows
 * and a Remove button. The rows join the Predictions table and the Metrics after the typed
 * examples.
 */
import { useEffect, useState } from 'react';
import { rowsPerClass } from '../core/dataset/storedDataset';
import { keepDataset } from '../state/datasetPersistence';
import { draftImport, SAMPLE_SEED, type ImportDraft } from '../state/datasetImport';
import { useAppStore } from '../state/store';
import { FilePick } from './FilePick';
import { ImportDialog } from './ImportDialog';
import { ProblemList } from './ProblemList';
import { useTranslation } from './useTranslation';

const ACCEPT = '.csv,.tsv,.tab,.txt,.jsonl,.ndjson,.json,text/csv,text/tab-separated-values';

export function DatasetPanel() {
  const t = useTranslation();
  const dataset = useAppStore((s) => s.dataset);
  const problem = useAppStore((s) => s.datasetProblem);
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  const [reading, setReading] = useState<{ name: string; fraction: number } | null>(null);
  const [pasted, setPasted] = useState('');

  const read = async (text: string, name: string) => {
    setReading({ name, fraction: 0 });
    const next = await draftImport(text, name, (fraction) => setReading({ name, fraction }));
    setReading(null);
    setDraft(next);
  };
  const readFile = async (file: File) => read(await file.text(), file.name);

  // A file dropped anywhere on the page opens the import dialog (text drops go to their box).
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void readFile(file);
    };
    addEventListener('dragover', over);
    addEventListener('drop', drop);
    return () => {
      removeEventListener('dragover', over);
      removeEventListener('drop', drop);
    };
  });

  return (
    <section className="panel dataset" aria-label="Dataset">
      <h2>{t('datasetHeading')}</h2>
      {problem && <p className="notice">{t(`datasetProblem_${problem}`)}</p>}
      {dataset ? (
        <>
          <p>
            <strong>{dataset.name}</strong>{' '}
            {t('datasetRows', { count: dataset.rows.length.toLocaleString() })}
          </p>
          <ul className="dataset-classes" aria-label="Rows per class">
            {rowsPerClass(dataset.rows).map(({ label, count }) => (
              <li key={label}>
                {label}: {count.toLocaleString()}
              </li>
            ))}
          </ul>
          {dataset.sampledFrom !== null && (
            <p className="help">
              {t('datasetSampled', {
                from: dataset.sampledFrom.toLocaleString(),
                seed: SAMPLE_SEED,
              })}
            </p>
          )}
          {dataset.skippedCount > 0 && (
            <ProblemList problems={dataset.skipped} name="Skipped rows" />
          )}
          <button type="button" aria-label="Remove dataset" onClick={() => void keepDataset(null)}>
            {t('datasetRemove')}
          </button>
        </>
      ) : (
        <p className="help">{t('datasetNone')}</p>
      )}
      <div className="picker-row">
        <FilePick
          name="Import dataset"
          buttonText={t('datasetImport')}
          chosenText={t('datasetDropHint')}
          accept={ACCEPT}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // the same file can be picked again
            if (file) void readFile(file);
          }}
        />
      </div>
      <details className="paste-rows">
        <summary>{t('datasetPaste')}</summary>
        <textarea
          aria-label="Pasted rows"
          rows={4}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          placeholder={t('datasetPastePlaceholder')}
        />
        <button
          type="button"
          aria-label="Read pasted rows"
          disabled={pasted.trim() === ''}
          onClick={() => void read(pasted, t('datasetPastedName'))}
        >
          {t('datasetReadPasted')}
        </button>
      </details>
      {reading && (
        <p role="status">
          {t('datasetReading', { name: reading.name })}{' '}
          <progress aria-label="Reading file" value={reading.fraction} max={1} />
        </p>
      )}
      {draft && <ImportDialog draft={draft} onClose={() => setDraft(null)} />}
    </section>
  );
}
