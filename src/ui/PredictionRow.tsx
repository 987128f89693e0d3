/** One example's row of the Predictions table; memoised so unchanged rows skip re-rendering. */
import { memo, type Ref } from 'react';

/** What one row shows. */
export interface PredictionRowProps {
  /** The example's index among all rows. */
  index: number;
  /** Where the row is listed (after filtering and sorting): the virtualiser's index. */
  position: number;
  text: string;
  predicted: string;
  probs: number[];
  classCount: number;
  /** The gold label as typed, or null; shown only when some row has one. */
  gold: string | null;
  showGold: boolean;
  /** The gold label names a class and the prediction differs from it. */
  wrong: boolean;
  selected: boolean;
  /** This row holds the table's one tab stop. */
  tabStop: boolean;
  /** The row's result is for the current inputs (else it is the previous one, or none yet). */
  current: boolean;
  onSelect: (index: number) => void;
  rowRef?: Ref<HTMLTableRowElement>;
}

/** A table row: the text (clipped; full text as its title and when selected), scores, gold. */
export const PredictionRow = memo(function PredictionRow(props: PredictionRowProps) {
  const { index, text, probs, selected, wrong } = props;
  return (
    <tr
      ref={props.rowRef}
      data-index={index}
      data-position={props.position}
      data-current={props.current ? 'true' : 'false'}
      aria-current={selected ? 'true' : undefined}
      className={wrong ? 'wrong' : undefined}
    >
      <td className="text-cell">
        <button
          type="button"
          className="row-select"
          tabIndex={props.tabStop ? 0 : -1}
          title={text}
          onClick={() => props.onSelect(index)}
        >
          {text}
        </button>
      </td>
      <td>{props.predicted}</td>
      {Array.from({ length: props.classCount }, (_, c) => (
        <td key={c} className="num">
          {/* No result yet for this row (a prediction still filling in). */}
          {probs.length > 0 ? (probs[c] ?? 0).toFixed(3) : '…'}
        </td>
      ))}
      {props.showGold && <td>{props.gold ?? ''}</td>}
    </tr>
  );
});
