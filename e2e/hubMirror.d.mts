/** A running Hub mirror: its base URL, the repo paths it served, and how to stop it. */
export interface HubMirror {
  url: string;
  served: string[];
  /** Slows `.onnx` downloads to this many bytes per second (0: full speed). */
  throttle(bytesPerSecond: number): void;
  /** Stops the server; safe to call twice. */
  close(): Promise<void>;
}

/** Starts a local Hub mirror; see hubMirror.mjs. */
export function startHubMirror(options?: {
  bytesPerSecond?: number;
  root?: string;
}): Promise<HubMirror>;
