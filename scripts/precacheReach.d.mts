/** The entries reachable from `roots` by file name, plus those `keep` accepts. */
export function reachableEntries<T extends { url: string }>(
  entries: T[],
  roots: string[],
  keep: (url: string) => boolean,
  readText: (url: string) => string,
): T[];
