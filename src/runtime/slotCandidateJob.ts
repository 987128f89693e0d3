/**
 * Template refinement's candidate step inside the worker: runs the slot probes (see
 * `slotProbe`) through the runner's cached mask distributions and lets the core rank the
 * vocabulary. Thin: the maths is in core/search.
 */
import { rankSlotCandidates } from '../core/search/slotCandidates';
import { slotProbe, templateWords } from '../core/search/templateWords';
import { parseTemplate } from '../core/template';
import type { MaskedLmRunner } from './maskedLmRunner';
import type { WorkerError, WorkerRequest } from './protocol';

/** A slot-candidates request as the worker receives it. */
export type SlotCandidatesRequest = Extract<WorkerRequest, { type: 'slotCandidates' }>;

/** The best words for the request's slot, best first, or why they could not be computed. */
export async function slotCandidates(
  runner: MaskedLmRunner,
  request: SlotCandidatesRequest,
): Promise<string[] | WorkerError> {
  const slot = templateWords(request.template)[request.slot];
  if (!slot) return [];
  // One probe template per label word: rows of one class share it, and run as one batch.
  const byLabelWord = new Map<string, string[]>();
  for (const row of request.rows)
    byLabelWord.set(row.labelWord, [...(byLabelWord.get(row.labelWord) ?? []), row.text]);
  const atSlot: Float32Array[] = [];
  for (const [labelWord, texts] of byLabelWord) {
    const probe = parseTemplate(slotProbe(request.template, slot, labelWord));
    if (!probe.ok) continue; // a label word that looks like a placeholder cannot be written in
    const distributions = await runner.maskDistributions({
      template: probe.segments,
      examples: texts,
      classes: [], // the probe scores no verbalizer: one mask, at the slot
      selectedIndex: 0,
      labelWordsAfterSpace: request.labelWordsAfterSpace,
      tunedHead: null,
    });
    if ('code' in distributions) return distributions;
    for (const masks of distributions) if (masks[0]) atSlot.push(masks[0]);
  }
  return rankSlotCandidates(atSlot, runner.tokenizerFacts.wordTokens(), slot.word, request.count);
}
