/**
 * Share links: a workspace in a compressed URL fragment (`#share=…`, lz-string), written and read
 * through the workspace schema, so a link made by an older version migrates like a saved state.
 * A link carries what a person set up (template, classes, examples up to a limit, model, hub host,
 * calibration, demonstrations, tuning settings, language, a dataset's name) and never a tuned head,
 * a training history or the backend (a choice about the receiving machine). Pure.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { isRecord } from './readers';
import {
  readSavedWorkspace,
  serialiseWorkspace,
  type SavedWorkspace,
  type WorkspaceField,
  untrainedTuning,
} from './schema';

/** What starts the fragment of a share link (after `#`). */
export const SHARE_FRAGMENT_PREFIX = 'share=';

/**
 * The most characters of the Examples text a link carries: whole lines up to this many. 4,000
 * characters of English examples make a link of about 2,500 characters (measured in
 * shareLink.test.ts), which chat apps, e-mail and QR codes still carry.
 */
export const MAX_SHARED_EXAMPLE_CHARS = 4000;

/** A share link's fragment, and how many example lines the size limit left out of it. */
export interface ShareFragment {
  /** Without the `#`. */
  fragment: string;
  examplesLeftOut: number;
}

/** A workspace read from a link, with what the link said about itself. */
export interface SharedWorkspace {
  workspace: SavedWorkspace;
  /** The dataset the sender had imported (a link carries its name only), or null. */
  datasetName: string | null;
  /** Example lines the sender's link had to leave out (size limit). */
  examplesLeftOut: number;
  /** Fields of the link that were damaged and took the receiver's value. */
  repaired: WorkspaceField[];
}

/** The examples text cut to whole lines within `limit` characters, and how many lines were cut. */
export function examplesWithinLimit(
  examplesText: string,
  limit = MAX_SHARED_EXAMPLE_CHARS,
): { text: string; leftOut: number } {
  if (examplesText.length <= limit) return { text: examplesText, leftOut: 0 };
  const lines = examplesText.split('\n');
  let length = -1; // the first line has no newline before it
  let kept = 0;
  for (const line of lines) {
    if (length + 1 + line.length > limit) break;
    length += 1 + line.length;
    kept++;
  }
  const leftOut = lines.slice(kept).filter((line) => line.trim() !== '').length;
  return { text: lines.slice(0, kept).join('\n'), leftOut };
}

/** The fragment of a share link for `workspace` (and the name of its dataset, if any). */
export function shareFragment(
  workspace: SavedWorkspace,
  datasetName: string | null,
  limit = MAX_SHARED_EXAMPLE_CHARS,
): ShareFragment {
  const { version, state } = serialiseWorkspace(workspace);
  const { backend: _device, tuning, examplesText, ...shared } = state;
  const examples = examplesWithinLimit(examplesText, limit);
  const payload = {
    version,
    state: { ...shared, examplesText: examples.text, tuning: { settings: tuning.settings } },
    dataset: datasetName,
    examplesLeftOut: examples.leftOut,
  };
  return {
    fragment: SHARE_FRAGMENT_PREFIX + compressToEncodedURIComponent(JSON.stringify(payload)),
    examplesLeftOut: examples.leftOut,
  };
}

/**
 * Reads a URL fragment (`#share=…` or without the `#`). Null when it is no share link at all;
 * 'damaged' when it is one that cannot be read. `receiver` gives the fields a link never
 * carries (its backend) and the value of any field the link has damaged; the shared workspace
 * has no tuned head and no history.
 */
export function readShareFragment(
  hash: string,
  receiver: SavedWorkspace,
): SharedWorkspace | 'damaged' | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(SHARE_FRAGMENT_PREFIX)) return null;
  const payload = parseCompressed(fragment.slice(SHARE_FRAGMENT_PREFIX.length));
  if (!isRecord(payload) || !isRecord(payload.state)) return 'damaged';
  const read = readSavedWorkspace(
    { version: payload.version, state: { ...payload.state, backend: undefined } },
    receiver,
  );
  if (read.unreadable) return 'damaged';
  const { settings } = read.workspace.tuning;
  return {
    workspace: {
      ...read.workspace,
      backend: receiver.backend,
      tuning: untrainedTuning(settings),
    },
    datasetName: typeof payload.dataset === 'string' ? payload.dataset : null,
    examplesLeftOut:
      Number.isInteger(payload.examplesLeftOut) && (payload.examplesLeftOut as number) > 0
        ? (payload.examplesLeftOut as number)
        : 0,
    // A link never carries these, so what the schema said of them is not the link's damage.
    repaired: read.repaired.filter((f) => !['tunedHead', 'trainingHistory', 'backend'].includes(f)),
  };
}

function parseCompressed(text: string): unknown {
  try {
    const json = decompressFromEncodedURIComponent(text);
    return json ? (JSON.parse(json) as unknown) : null;
  } catch {
    return null;
  }
}

// Query parameters that would load another model over the shared one (see `sourceFromLink`).
const MODEL_LINK_PARAMS = ['model', 'hub', 'dtype', 'revision'];

/** The page's URL with `fragment` as its hash, less any `?model=` link that would override it. */
export function shareLinkUrl(pageUrl: string, fragment: string): string {
  const url = new URL(pageUrl);
  for (const name of MODEL_LINK_PARAMS) url.searchParams.delete(name);
  url.hash = fragment;
  return url.href;
}
