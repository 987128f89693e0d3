/**
 * One row per example: text, predicted class, each class's probability, and the gold label.
 * Long lists render only the rows in view (virtualised) so thousands of examples do not block
 * the page; the table is one tab stop, and the arrow keys move between rows (roving tabindex).
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { classColour } from '../core/classColours';
import { useTranslation } from './useTranslation';
import {
  selectPredictionClasses,
  selectResultsOutdated,
  selectRowsCurrent,
  selectSelectedIndex,
} from '../state/selectors';
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
  const selectExample = useAppStore((s) => s.selectExample);
  const { result, examples, classNames } = prediction;
  const count = result ? examples.length : 0;
  const virtual = count > VIRTUALISE_ABOVE;

  // The row holding the tab stop: the one last moved to, else the selected one.
  const [active, setActive] = useState<number | null>(null);
  const tabRow = Math.max(0, Math.min(active ?? selected, count - 1));
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);

  // eslint-disable-next-line react-hooks/incompatible-library -- read fresh on every render, never memoised; the rows are memoised by hand.
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count,
    enabled: virtual,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    overscan: 12,
    // The tab-stop row stays rendered even when scrolled away, so Tab can always reach the table.
    rangeExtractor: (range) =>
      [...new Set([...defaultRangeExtractor(range), tabRow])].sort((a, b) => a - b),
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
    reportRowsInView(start, start + Math.ceil(box.clientHeight / ROW_HEIGHT_ESTIMATE) + 1);
  }, []);
  useEffect(reportView, [reportView, count]);

  const select = useCallback(
    (index: number) => {
      setActive(index);
      selectExample(index);
    },
    [selectExample],
  );

  if (!result) return <p className="help">{t('waitingForModel')}</p>;

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(index, count - 1));
    focusPending.current = true;
    setActive(next);
    if (virtual) virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: tabRow + 1,
      ArrowUp: tabRow - 1,
      PageDown: tabRow + PAGE_ROWS,
      PageUp: tabRow - PAGE_ROWS,
      Home: 0,
      End: count - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    moveTo(to);
  };

  const hasGold = examples.some((e) => e.gold !== null);
  const row = (i: number) => {
    const example = examples[i];
    if (!example) return null;
    const gold = classes.gold[i] ?? -1;
    const predicted = classes.predicted[i] ?? -1;
    return (
      <PredictionRow
        key={`${i}:${example.text}`}
        index={i}
        text={example.text}
        predicted={predicted < 0 ? '…' : (classNames[predicted] ?? '')}
        probs={result.examples[i]?.probs ?? []}
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
      <p className="help">{t('tableKeysHelp')}</p>
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
            {virtual ? virtualRows(virtualizer, row) : examples.map((_, i) => row(i))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The rows in view, with empty spacer rows standing in for the ones not rendered. */
function virtualRows(
  virtualizer: Virtualizer<HTMLDivElement, HTMLTableRowElement>,
  row: (index: number) => React.ReactNode,
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
