/** What the ceiling page and its worker exchange (bench/ceiling.html, npm run bench). */

/**
 * FLOPs per token of the ceiling model (tools/fixtures/make_matmul_ceiling.py): BERT-base's
 * encoder weight MatMuls, 2 × 12 layers × (4·768² + 2·768·3072).
 */
export const CEILING_FLOP_PER_TOKEN = 2 * 12 * (4 * 768 * 768 + 2 * 768 * 3072);

/** One timing request: the model to load and the token counts to time it at. */
export interface CeilingRequest {
  modelUrl: string;
  tokenCounts: number[];
  /** Timed runs per token count (after one untimed warm-up run); the median is reported. */
  runs: number;
}

/** The timing of one token count. */
export interface CeilingTiming {
  tokens: number;
  medianMs: number;
  runsMs: number[];
  tokensPerSecond: number;
  gflopPerSecond: number;
}

/** The worker's answer: the ORT setup it ran under and one timing per token count. */
export interface CeilingResult {
  threads: number;
  build: 'jspi' | 'asyncify';
  crossOriginIsolated: boolean;
  loadMs: number;
  timings: CeilingTiming[];
}
