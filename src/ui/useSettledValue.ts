/** A value that follows its input only once the input has stopped changing for `delayMs`. */
import { useEffect, useState } from 'react';

/**
 * Lets expensive views (the SVG chart) skip the intermediate states of fast typing, so their
 * rendering never delays the table that answers the keystroke.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
