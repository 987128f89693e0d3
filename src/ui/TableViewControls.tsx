/** The Predictions table's filter (all, wrong only, one gold class) and order (by confidence). */
import type { RowFilter, RowSort } from '../core/tableView';
import type { MessageKey } from '../i18n/messages';
import { useTranslation } from './useTranslation';

const SORTS: Array<{ value: RowSort; label: MessageKey }> = [
  { value: 'list', label: 'tableSortList' },
  { value: 'leastConfident', label: 'tableSortLeast' },
  { value: 'mostConfident', label: 'tableSortMost' },
];

/** A filter as a select value: 'all', 'wrong' or 'class:<index>'. */
function filterValue(filter: RowFilter): string {
  return filter.kind === 'class' ? `class:${filter.classIndex}` : filter.kind;
}

function filterFrom(value: string): RowFilter {
  if (value === 'wrong') return { kind: 'wrong' };
  if (value.startsWith('class:')) return { kind: 'class', classIndex: Number(value.slice(6)) };
  return { kind: 'all' };
}

export function TableViewControls(props: {
  classNames: string[];
  filter: RowFilter;
  sort: RowSort;
  listed: number;
  total: number;
  onFilter: (filter: RowFilter) => void;
  onSort: (sort: RowSort) => void;
}) {
  const t = useTranslation();
  return (
    <div className="picker-row table-view">
      <label>
        <span aria-hidden="true">{t('tableFilter')}</span>{' '}
        <select
          aria-label="Row filter"
          value={filterValue(props.filter)}
          onChange={(e) => props.onFilter(filterFrom(e.target.value))}
        >
          <option value="all">{t('tableFilterAll')}</option>
          <option value="wrong">{t('tableFilterWrong')}</option>
          {props.classNames.map((name, c) => (
            <option key={`${c}:${name}`} value={`class:${c}`}>
              {t('tableFilterClass', { name })}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span aria-hidden="true">{t('tableSort')}</span>{' '}
        <select
          aria-label="Row order"
          value={props.sort}
          onChange={(e) => props.onSort(e.target.value as RowSort)}
        >
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {t(s.label)}
            </option>
          ))}
        </select>
      </label>
      {props.listed !== props.total && (
        <span className="help" role="status">
          {t('tableListed', { listed: props.listed, total: props.total })}
        </span>
      )}
    </div>
  );
}
