// Edits with many examples: a label-word edit and a template edit with 2,000 examples, timed to
// the Predictions table's commit and, separately, to the chart's, against the same edits with
// the bench's 32 examples in the same browser session.
import { labelWordsForRound, manyExamples, templateForRound } from '../lib/examples.mjs';
import { CHART_NAME, fillExamples, openApp, timedEdit, waitForQuiet } from '../lib/page.mjs';
import { median, ratio } from '../lib/stats.mjs';

const CHART = `figure[aria-label="${CHART_NAME}"]`;

/**
 * One fresh page with `count` examples (so its prediction cache starts empty): `rounds`
 * label-word edits, then `rounds` template edits, each waited out — table and chart — before the
 * next, so every edit is timed on its own. Returns medians and each edit's times.
 */
async function editsWith(browser, baseUrl, count, rounds) {
  const page = await browser.newPage();
  try {
    await openApp(page, baseUrl, '?backend=wasm');
    await fillExamples(page, manyExamples(count), 300_000);
    await page.locator(`${CHART} svg`).first().waitFor({ timeout: 300_000 });
    await waitForQuiet(page, CHART);
    const timeoutMs = 300_000;
    const label = [];
    for (let i = 0; i < rounds; i++) {
      const edit = { timeoutMs, chart: true };
      label.push(await timedEdit(page, 'Label words: positive', labelWordsForRound(i), edit));
      await waitForQuiet(page, CHART);
    }
    const template = [];
    for (let i = 0; i < rounds; i++) {
      const edit = { timeoutMs, chart: true };
      template.push(await timedEdit(page, 'Template', templateForRound(i), edit));
      await waitForQuiet(page, CHART);
    }
    const summary = (edits) => ({
      tableMedianMs: median(edits.map((e) => e.tableMs)),
      chartMedianMs: median(edits.map((e) => e.chartMs)),
      edits,
    });
    return { examples: count, labelWordEdit: summary(label), templateEdit: summary(template) };
  } finally {
    await page.close();
  }
}

/** The large run, the baseline run, and large / baseline for each edit kind and view. */
export async function measureLargeInputEdits(browser, baseUrl, { count, baselineCount, rounds }) {
  const baseline = await editsWith(browser, baseUrl, baselineCount, rounds);
  const large = await editsWith(browser, baseUrl, count, rounds);
  const ratios = {};
  for (const edit of ['labelWordEdit', 'templateEdit'])
    for (const view of ['table', 'chart'])
      ratios[`${edit}.${view}`] = ratio(
        large[edit][`${view}MedianMs`],
        baseline[edit][`${view}MedianMs`],
      );
  return { rounds, baseline, large, ratios };
}
