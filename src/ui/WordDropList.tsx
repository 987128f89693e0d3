/**
 * A row of words, each shaded by its occlusion drop with the number under it (visible, and read
 * by screen readers with the word), so the colour is never the only carrier of the figure.
 */
import { dropColours } from '../core/search/dropColours';

/** A word with its drop, or a placeholder (`{text}`, `[MASK]`) that is never removed: drop null. */
export interface WordDropItem {
  key: string;
  word: string;
  drop: number | null;
}

/** A drop with its sign and 3 decimals, with a true minus sign. */
export function formatDrop(drop: number): string {
  const fixed = Math.abs(drop).toFixed(3);
  return drop < 0 && fixed !== '0.000' ? `−${fixed}` : `+${fixed}`;
}

export function WordDropList(props: { items: WordDropItem[]; scale: number; label: string }) {
  return (
    <ol className="occlusion" aria-label={props.label}>
      {props.items.map((item) => {
        if (item.drop === null)
          return (
            <li key={item.key} className="placeholder">
              <span className="occlusion-word">{item.word}</span>
            </li>
          );
        const { background, text } = dropColours(item.drop, props.scale);
        return (
          <li key={item.key} style={{ background, color: text }}>
            <span className="occlusion-word">{item.word}</span>
            <span className="occlusion-drop">{formatDrop(item.drop)}</span>
          </li>
        );
      })}
    </ol>
  );
}
