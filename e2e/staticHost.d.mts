/** A copy of dist/ served by a plain static server (no COOP/COEP headers). */
export interface StaticHost {
  /** `http://localhost:<port>`, without a trailing slash. */
  url: string;
  /** The folder served at `/<subPath>/`. */
  dir(subPath: string): string;
  /** Ends the server and removes the copies. */
  stop(): void;
}
/** Serves a copy of dist/ at each of `subPaths` on `port`. */
export function startStaticHost(options: {
  port: number;
  subPaths?: string[];
}): Promise<StaticHost>;
