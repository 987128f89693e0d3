/**
 * The import dialog: the first rows of the file, the columns to read (guessed, changeable), the
 * mapping of label values to classes, and how many rows will be imported or skipped (with their
 * line numbers) before anything is kept. Imported text is only ever rendered as text.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { cellValue, DATASET_ROW_LIMIT, distinctLabels, type RowProblem } from '../core/dataset';
import { draftRows, importDraft, mappingFor, type ImportDraft } from '../state/datasetImport';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store';
import { ProblemList } from './ProblemList';
import { useTranslation } from './useTranslation';

const PREVIEW_ROWS = 5;
/** More distinct values than this is not a label column a person can map by hand. */
const MAX_MAPPED_VALUES = 50;
const NONE = '';

/** How a label value is mapped, as a select value: `class:<name>`, `new` or `skip`. */
function mappingValue(target: string | null, classNames: string[]): string {
  if (target === null) return 'skip';
  return classNames.includes(target) ? `class:${target}` : 'new';
}

export function ImportDialog(props: { draft: ImportDraft; onClose: () => void }) {
  const t = useTranslation();
  const [draft, setDraft] = useState(props.draft);
  const [importing, setImporting] = useState(false);
  const classNames = useAppStore(
    useShallow((s) => s.classes.map((c) => c.name.trim()).filter((n) => n !== '')),
  );
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const { table, choice } = draft;
  const values = useMemo(
    () => (choice.label === null ? [] : distinctLabels(table, choice.label)),
    [table, choice.label],
  );
  const outcome = useMemo(() => draftRows(draft), [draft]);
  const tooManyValues = values.length > MAX_MAPPED_VALUES;
  const canImport = !importing && !tooManyValues && outcome.rows.length > 0;

  const setColumn = (key: 'text' | 'label' | 'textB', column: string) =>
    setDraft((d) => {
      const next = { ...d.choice, [key]: column === NONE && key !== 'text' ? null : column };
      return {
        ...d,
        choice: next,
        mapping: key === 'label' ? mappingFor(d.table, next.label) : d.mapping,
      };
    });
  const setMapping = (value: string, target: string) =>
    setDraft((d) => ({
      ...d,
      mapping: {
        ...d.mapping,
        [value]: target === 'skip' ? null : target === 'new' ? value : target.slice(6),
      },
    }));

  const close = () => {
    dialogRef.current?.close();
    props.onClose();
  };
  const runImport = async () => {
    setImporting(true);
    await importDraft(draft);
    close();
  };

  return (
    <dialog
      ref={dialogRef}
      className="import-dialog"
      aria-label="Import preview"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2>{t('importHeading', { name: draft.name })}</h2>
      <p className="help">
        {t('importFound', {
          rows: table.rows.length,
          columns: table.columns.length,
          format: table.format.toUpperCase(),
        })}
      </p>
      {table.columns.length > 0 && (
        <div className="table-scroll import-preview">
          <table aria-label="First rows of the file">
            <thead>
              <tr>
                <th scope="col">{t('importLine')}</th>
                {table.columns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.slice(0, PREVIEW_ROWS).map((row) => (
                <tr key={row.line}>
                  <td className="num">{row.line}</td>
                  {table.columns.map((c) => (
                    <td key={c} className="text-cell">
                      {cellValue(row, c)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="picker-row">
        <ColumnSelect
          name="Text column"
          label={t('importTextColumn')}
          columns={table.columns}
          value={choice.text}
          onChange={(c) => setColumn('text', c)}
        />
        <ColumnSelect
          name="Label column"
          label={t('importLabelColumn')}
          columns={table.columns}
          value={choice.label ?? NONE}
          noneText={t('importNoColumn')}
          onChange={(c) => setColumn('label', c)}
        />
        <ColumnSelect
          name="Second text column"
          label={t('importSecondColumn')}
          columns={table.columns}
          value={choice.textB ?? NONE}
          noneText={t('importNoColumn')}
          onChange={(c) => setColumn('textB', c)}
        />
      </div>
      {choice.label === null && <p className="notice">{t('importNeedsLabel')}</p>}
      {choice.textB !== null && <p className="help">{t('importSecondColumnNote')}</p>}
      {tooManyValues ? (
        <p className="notice">{t('importTooManyValues', { count: values.length })}</p>
      ) : (
        values.length > 0 && (
          <table aria-label="Label mapping" className="label-mapping">
            <thead>
              <tr>
                <th scope="col">{t('importValue')}</th>
                <th scope="col">{t('importClass')}</th>
              </tr>
            </thead>
            <tbody>
              {values.map((value) => (
                <tr key={value}>
                  <th scope="row">{value}</th>
                  <td>
                    <select
                      aria-label={`Class for ${value}`}
                      value={mappingValue(draft.mapping[value] ?? null, classNames)}
                      onChange={(e) => setMapping(value, e.target.value)}
                    >
                      {classNames.map((name) => (
                        <option key={name} value={`class:${name}`}>
                          {name}
                        </option>
                      ))}
                      <option value="new">{t('importNewClass', { value })}</option>
                      <option value="skip">{t('importSkipValue')}</option>
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      )}
      <p role="status">
        {t('importOutcome', { rows: outcome.rows.length, skipped: outcome.problems.length })}
      </p>
      {outcome.rows.length > DATASET_ROW_LIMIT && (
        <p className="notice">
          {t('importSampleNote', { rows: outcome.rows.length, limit: DATASET_ROW_LIMIT })}
        </p>
      )}
      <SkippedRows problems={outcome.problems} />
      <div className="picker-row">
        <button
          type="button"
          aria-label="Import"
          disabled={!canImport}
          onClick={() => void runImport()}
        >
          {t('importButton')}
        </button>
        <button type="button" aria-label="Cancel" onClick={close}>
          {t('importCancel')}
        </button>
      </div>
    </dialog>
  );
}

function ColumnSelect(props: {
  name: string;
  label: string;
  columns: string[];
  value: string;
  noneText?: string;
  onChange: (column: string) => void;
}) {
  return (
    <label>
      <span aria-hidden="true">{props.label}</span>{' '}
      <select
        aria-label={props.name}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.noneText !== undefined && <option value={NONE}>{props.noneText}</option>}
        {props.columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The rows that will be skipped, by line; the first ones listed, all counted. */
function SkippedRows({ problems }: { problems: RowProblem[] }) {
  if (problems.length === 0) return null;
  return <ProblemList problems={problems} name="Skipped rows" />;
}
