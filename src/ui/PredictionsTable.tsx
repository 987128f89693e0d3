/**
 * One row per example: text, predicted class, each class's probability, and the gold label.
 * Long lists render only the rows in view (virtualised) so thousands of examples do not block
 * the page; the table is one tab stop, and the arrow keys move between rows (roving tabindex).
 * The rows listed can be filtered (wrong only, one gold class) and sorted by confidence; the
 * probabilities are calibrated as the Calibration select says.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { classColour } from '../core/classColours';
import { useTranslation } from './useTranslation';
import {
  selectPredictionClasses,
  selectResultsOutdated,
  selectRowsCurrent,
  selectSelectedIndex,
  selectShownProbabilities,
} from '../state/selectors';
import { confidence } from '../core/chartRows';
import { tableOrder, type RowFilter, type RowSort } from '../core/tableView';
import { TableViewControls } from './TableViewControls';
import { reportRowsInView } from '../state/modelSync';
import { useAppStore } from '../state/store';
import { PredictionRow } from './PredictionRow';

/** Up to this many rows everything is in the DOM; beyond it only the rows in view. */
const VIRTUALISE_ABOVE = 100;
const ROW_HEIGHT_ESTIMATE = 31;
const PAGE_ROWS = 10;

export function PredictionsTable() {
  const t = useTranslation();
  const prediction = useAppStore((s) => s.prediction);
  const selected = useAppStore(selectSelectedIndex);
  const outdated = useAppStore(selectResultsOutdated);
  const rowsCurrent = useAppStore(selectRowsCurrent);
  const classes = useAppStore(selectPredictionClasses);
  const probs = useAppStore((s) => selectShownProbabilities(s).probs);
  const selectExample = useAppStore((s) => s.selectExample);
  const { result, examples, classNames } = prediction;
  const [filter, setFilter] = useState<RowFilter>({ kind: 'all' });
  const [sort, setSort] = useState<RowSort>('list');
  // The example indices listed, in listing order; positions below index into this.
  const order = useMemo(
    () =>
      result
        ? tableOrder({ ...classes, confidence: (i) => confidence(probs[i] ?? []) }, filter, sort)
        : [],
    [result, classes, probs, filter, sort],
  );
  const positionOf = useMemo(() => new Map(order.map((i, p) => [i, p])), [order]);
  const count = order.length;
  const virtual = count > VIRTUALISE_ABOVE;

  // The row holding the tab stop: the one last moved to, else the selected one, else the first.
  const [active, setActive] = useState<number | null>(null);
  const tabPosition = positionOf.get(active ?? selected) ?? positionOf.get(selected) ?? 0;
  const tabRow = order[tabPosition] ?? 0;
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);

  // eslint-disable-next-line react-hooks/incompatible-library -- read fresh on every render, never memoised; the rows are memoised by hand.
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count,
    enabled: virtual,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    overscan: 12,
    // Rows carry their example index in data-index; the virtualiser counts listing positions.
    indexAttribute: 'data-position',
    // The tab-stop row stays rendered even when scrolled away, so Tab can always reach the table.
    rangeExtractor: (range) =>
      [...new Set([...defaultRangeExtractor(range), tabPosition])].sort((a, b) => a - b),
  });

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scrollRef.current
      ?.querySelector<HTMLButtonElement>(`tr[data-index="${tabRow}"] .row-select`)
      ?.focus();
  }, [tabRow]);

  // The rows in view are computed first by the next prediction (estimated from the scroll box;
  // close enough for ordering work, and it needs no layout read per row).
  const reportView = useCallback(() => {
    const box = scrollRef.current;
    if (!box) return;
    const start = Math.floor(box.scrollTop / ROW_HEIGHT_ESTIMATE);
    const end = start + Math.ceil(box.clientHeight / ROW_HEIGHT_ESTIMATE) + 1;
    reportRowsInView(order.slice(start, end));
  }, [order]);
  useEffect(reportView, [reportView]);

  const select = useCallback(
    (index: number) => {
      setActive(index);
      selectExample(index);
    },
    [selectExample],
  );

  if (!result) return <p className="help">{t('waitingForModel')}</p>;

  const moveTo = (position: number) => {
    const next = Math.max(0, Math.min(position, count - 1));
    focusPending.current = true;
    setActive(order[next] ?? null);
    if (virtual) virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: tabPosition + 1,
      ArrowUp: tabPosition - 1,
      PageDown: tabPosition + PAGE_ROWS,
      PageUp: tabPosition - PAGE_ROWS,
      Home: 0,
      End: count - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    moveTo(to);
  };

  const hasGold = examples.some((e) => e.gold !== null);
  const row = (position: number) => {
    const i = order[position] ?? -1;
    const example = examples[i];
    if (!example) return null;
    const gold = classes.gold[i] ?? -1;
    const predicted = classes.predicted[i] ?? -1;
    return (
      <PredictionRow
        key={`${i}:${example.text}`}
        index={i}
        position={position}
        text={example.text}
        predicted={predicted < 0 ? '…' : (classNames[predicted] ?? '')}
        probs={probs[i] ?? []}
        classCount={classNames.length}
        gold={example.gold}
        showGold={hasGold}
        wrong={gold >= 0 && predicted >= 0 && gold !== predicted}
        selected={i === selected}
        tabStop={i === tabRow}
        current={rowsCurrent.isCurrent(i)}
        onSelect={select}
        rowRef={virtual ? virtualizer.measureElement : undefined}
      />
    );
  };

  return (
    <>
      <p className="help table-keys-help">{t('tableKeysHelp')}</p>
      <TableViewControls
        classNames={classNames}
        filter={filter}
        sort={sort}
        listed={count}
        total={examples.length}
        onFilter={setFilter}
        onSort={setSort}
      />
      <div className="table-scroll" ref={scrollRef} onScroll={reportView}>
        <table
          aria-label="Predictions"
          aria-busy={outdated}
          // While rows fill in, each row says whether it is current; before that, the whole table.
          className={outdated && !prediction.current ? 'predictions stale' : 'predictions'}
        >
          <thead>
            <tr>
              <th scope="col" aria-label="Text">
                {t('colText')}
              </th>
              <th scope="col" aria-label="Predicted">
                {t('colPredicted')}
              </th>
              {classNames.map((name, c) => (
                <th scope="col" key={`${c}:${name}`} className="num">
                  <span
                    className="swatch"
                    aria-hidden="true"
                    style={{ background: classColour(c) }}
                  />
                  {name}
                </th>
              ))}
              {hasGold && (
                <th scope="col" aria-label="Gold">
                  {t('colGold')}
                </th>
              )}
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {virtual ? virtualRows(virtualizer, row) : order.map((_, position) => row(position))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The rows in view, with empty spacer rows standing in for the ones not rendered. */
function virtualRows(
  virtualizer: Virtualizer<HTMLDivElement, HTMLTableRowElement>,
  row: (position: number) => React.ReactNode,
): React.ReactNode[] {
  const nodes: React.ReactNode[] = [];
  let end = 0;
  const spacer = (height: number, key: string) =>
    height > 0 ? <tr key={key} aria-hidden="true" className="spacer" style={{ height }} /> : null;
  for (const item of virtualizer.getVirtualItems()) {
    nodes.push(spacer(item.start - end, `gap-${item.index}`));
    nodes.push(row(item.index));
    end = item.end;
  }
  nodes.push(spacer(virtualizer.getTotalSize() - end, 'gap-end'));
  return nodes;
}
