/** A running Hub mirror: its base URL, the repo paths it served, and how to stop it. */
export interface HubMirror {
  url: string;
  served: string[];
  close(): Promise<void>;
}

/** Starts a local Hub mirror; see hubMirror.mjs. */
export function startHubMirror(options?: {
  bytesPerSecond?: number;
  root?: string;
}): Promise<HubMirror>;
