/**
 * The projector view's on/off choice: `?present=1` (or `0`) in the address wins, else what this
 * browser last chose. Pure: the state layer reads the address and storage and passes them in.
 */

/** The query parameter that turns the projector view on (`1`) or off (`0`). */
export const PRESENT_PARAM = 'present';

const ON = new Set(['1', 'true', 'on', 'yes', '']);
const OFF = new Set(['0', 'false', 'off', 'no']);

/** What `search` (a location.search string) says about the projector view; null when silent. */
export function presentationInAddress(search: string): boolean | null {
  const value = new URLSearchParams(search).get(PRESENT_PARAM);
  if (value === null) return null;
  const word = value.trim().toLowerCase();
  if (ON.has(word)) return true;
  if (OFF.has(word)) return false;
  return null;
}

/** Whether the projector view starts on: the address wins, then the stored choice, else off. */
export function initialPresentation(search: string, stored: string | null): boolean {
  return presentationInAddress(search) ?? stored === '1';
}

/** The stored form of a choice (see `initialPresentation`). */
export function storedPresentation(on: boolean): string {
  return on ? '1' : '0';
}

/**
 * `search` without the present parameter, other parameters kept in order: once the switch is
 * used, the stored choice decides, so a reload must not bring back what the link said.
 */
export function withoutPresentParam(search: string): string {
  const params = new URLSearchParams(search);
  if (!params.has(PRESENT_PARAM)) return search;
  params.delete(PRESENT_PARAM);
  const rest = params.toString();
  return rest === '' ? '' : `?${rest}`;
}
