/** Why a model failed to load, sorted into cases the UI explains in plain words. */

/** The cases a person needs told apart. */
export type LoadFailure =
  | 'offline'
  | 'notFound'
  | 'noOnnx'
  | 'notMaskedLm'
  | 'corrupt'
  | 'noMaskToken'
  | 'tooBig'
  | 'cancelled'
  | 'other';

/**
 * A noOnnx failure's detail lists the precisions the repository has ('fp32, q8'; '' for none);
 * this marks that they could not be listed.
 */
export const NO_ONNX_UNKNOWN = '?';

/** An error that already knows which case it is. */
export class ModelLoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ModelLoadError';
  }
}

/** Sorts anything thrown while loading into a failure case, keeping its message as detail. */
export function classifyLoadError(error: unknown): { failure: LoadFailure; detail: string } {
  if (error instanceof ModelLoadError) return { failure: error.failure, detail: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof DOMException && error.name === 'AbortError')
    return { failure: 'cancelled', detail };
  // fetch() rejects with a TypeError when no answer came back at all (offline, DNS, refused).
  if (error instanceof TypeError && /fetch|network|load failed/i.test(detail))
    return { failure: 'offline', detail };
  if (/Could not locate file|404|not found/i.test(detail)) return { failure: 'notFound', detail };
  if (error instanceof RangeError || /out of memory|allocation failed|Array buffer/i.test(detail))
    return { failure: 'tooBig', detail };
  return { failure: 'other', detail };
}
