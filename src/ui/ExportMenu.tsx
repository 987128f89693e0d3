/**
 * The "Export" menu of a panel: a menu button (WAI-ARIA APG menu button pattern) whose items
 * download the panel's charts as PNG and its tables as CSV. One component for every panel so
 * they all look and answer the keyboard alike: Enter, Space or ArrowDown open it on the first
 * item, ArrowUp on the last; in the menu ArrowUp/ArrowDown move (wrapping), Home/End jump,
 * Enter/Space choose, Escape closes and gives focus back to the button, Tab closes.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from './useTranslation';

/** One download in the menu. */
export interface ExportItem {
  /** The accessible name, English in every language, e.g. "Download training history (CSV)". */
  name: string;
  /** The visible text, translated. */
  label: string;
  /** Starts the download; a rejected promise is shown under the menu. */
  onSelect(): void | Promise<void>;
  disabled?: boolean;
}

/** Props: the panel's English name (the button is "Export <panel>") and its downloads. */
export interface ExportMenuProps {
  panel: string;
  items: ExportItem[];
}

/** A menu button "Export <panel>" with one menu item per download. */
export function ExportMenu({ panel, items }: ExportMenuProps) {
  const t = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<Array<HTMLButtonElement | null>>([]);
  // Which item takes focus once the menu has opened (after the render that shows it).
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useEffect(() => {
    if (open && focusIndex !== null) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  // A pointer pressed anywhere outside closes the menu, as a native menu would.
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const openAt = (index: number) => {
    setOpen(true);
    setFocusIndex((index + items.length) % items.length);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    setFocusIndex(null);
    if (refocus) button.current?.focus();
  };
  const choose = (item: ExportItem) => {
    if (item.disabled) return;
    close(true);
    setFailure(null);
    Promise.resolve()
      .then(() => item.onSelect())
      .catch((e: unknown) =>
        setFailure(t('exportFailed', { message: e instanceof Error ? e.message : String(e) })),
      );
  };

  const onButtonKey = (e: KeyboardEvent) => {
    // Enter and Space click the button, which opens the menu on its first item.
    if (e.key === 'ArrowDown') openAt(0);
    else if (e.key === 'ArrowUp') openAt(-1);
    else return;
    e.preventDefault();
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const current = itemRefs.current.findIndex((el) => el === document.activeElement);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: items.length - 1,
    };
    const next = moves[e.key];
    if (next !== undefined) {
      e.preventDefault();
      setFocusIndex((next + items.length) % items.length);
      itemRefs.current[(next + items.length) % items.length]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  return (
    <div className="export-menu" ref={box}>
      <button
        ref={button}
        type="button"
        aria-label={`Export ${panel}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        {t('exportMenu')}
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul role="menu" id={id} aria-label={`Export ${panel}`} hidden={!open} onKeyDown={onMenuKey}>
        {items.map((item, i) => (
          <li role="none" key={item.name}>
            <button
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-label={item.name}
              aria-disabled={item.disabled ? true : undefined}
              onClick={() => choose(item)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      {failure && (
        <p className="notice error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
