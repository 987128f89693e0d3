// Edit latency with the bench's 32 examples: label-word edits (served from the prediction cache,
// no model run) and template edits (one batched model run each), with the model's own counters.
import { EXAMPLES, labelWordsForRound, templateForRound } from '../lib/examples.mjs';
import { fillExamples, modelStats, openApp, pause, timedEdit } from '../lib/page.mjs';
import { median } from '../lib/stats.mjs';

/**
 * Opens the app at `query` in a fresh page, makes `rounds` label-word and `rounds` template
 * edits, and returns median edit-to-table times, ms per batched session.run and bytes out.
 */
export async function measureEdits(browser, baseUrl, query, rounds) {
  const page = await browser.newPage();
  await openApp(page, baseUrl, query);
  await fillExamples(page, EXAMPLES);
  await page.waitForTimeout(500);

  const labelMs = [];
  for (let i = 0; i < rounds; i++) {
    await pause(page);
    const { tableMs } = await timedEdit(page, 'Label words: positive', labelWordsForRound(i));
    labelMs.push(tableMs);
  }
  const templateMs = [];
  const batchMs = [];
  let last = { sequences: 0, kb: 0 };
  for (let i = 0; i < rounds; i++) {
    await pause(page);
    const { tableMs } = await timedEdit(page, 'Template', templateForRound(i));
    templateMs.push(tableMs);
    const stats = await modelStats(page);
    if (stats.runs > 0) batchMs.push(stats.ms / stats.runs);
    last = stats;
  }
  const runtime = await page.getByRole('status', { name: 'Runtime' }).textContent();
  await page.close();
  return {
    runtime,
    labelWordEditMedianMs: median(labelMs),
    templateEditMedianMs: median(templateMs),
    sessionRunPerBatchMedianMs: median(batchMs),
    sequencesPerTemplateEdit: last.sequences,
    bytesOutPerExample: (last.kb * 1024) / Math.max(1, last.sequences),
  };
}
