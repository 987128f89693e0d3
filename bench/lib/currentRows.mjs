// Timing edits until the Predictions table is current again, read in the page (MutationObserver
// and performance.now(), as page.mjs's timedEdit). The contract the app keeps for this:
// - the table has aria-busy="true" while any row is outdated, "false" once all are current;
// - each of its `tbody tr` has data-current="true" or "false" (rows fill as chunks finish; above
//   100 rows only the rows in view are in the DOM);
// - window.__clozeLabDebug.predictCounters() gives the worker's cumulative prediction counters.
// An app without data-current (rows all at once) still times: its first current row is its last.

/**
 * Dispatches `values` into the field named `label` as typing does (an input event each), the
 * first at once and each next one `gapMs` after the previous, and resolves once the table is
 * current for the last value. Times are ms from the first edit unless named otherwise:
 * `firstRowMs` (a row current for the last value appears), `lastRowMs` (the whole table is
 * current), `fromLastEditMs` (the whole table, from the last edit), `editsAtMs` (when each edit
 * was dispatched), `rowsMarked` (the rows carry data-current), `busySeen` (the table was marked
 * outdated after the last edit; false means the answer was already there).
 */
export function timedEditsToCurrent(
  page,
  label,
  values,
  { gapMs = 150, timeoutMs = 600_000 } = {},
) {
  return page.evaluate(
    ({ label, values, gapMs, timeoutMs }) =>
      new Promise((resolve, reject) => {
        const field = document.querySelector(`[aria-label="${label}"]`);
        if (!field || !document.querySelector('table[aria-label="Predictions"]'))
          return reject(new Error(`missing ${label} or the Predictions table`));
        const read = () => {
          const table = document.querySelector('table[aria-label="Predictions"]');
          const rows = table ? [...table.querySelectorAll('tbody tr[data-current]')] : [];
          return {
            busy: table?.getAttribute('aria-busy') === 'true',
            rowsMarked: rows.length > 0,
            anyCurrent: rows.some((row) => row.dataset.current === 'true'),
            anyOutdated: rows.some((row) => row.dataset.current === 'false'),
          };
        };
        const proto =
          field instanceof HTMLTextAreaElement
            ? HTMLTextAreaElement.prototype
            : HTMLInputElement.prototype;
        const setValue = Object.getOwnPropertyDescriptor(proto, 'value').set;
        const editsAtMs = [];
        let started = 0;
        let lastEditAt = 0;
        // Set once the last edit is in and the table has shown it is outdated.
        let busySeen = false;
        // Every row in the DOM outdated at once: from then on a current row is a new answer.
        let allOutdatedSeen = false;
        let allDispatched = false;
        let done = false;
        let firstRowAt = null;
        let rowsMarked = false;
        const observer = new MutationObserver(() => check(performance.now()));
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the table was not current ${timeoutMs} ms after the first edit`));
        }, timeoutMs);
        const finish = (at) => {
          if (done) return;
          done = true;
          observer.disconnect();
          clearTimeout(timeout);
          resolve({
            firstRowMs: (firstRowAt ?? at) - started,
            lastRowMs: at - started,
            fromLastEditMs: at - lastEditAt,
            editsAtMs,
            rowsMarked,
            busySeen,
          });
        };
        // Run on every DOM change: the first mutation callback after a commit sees it.
        function check(at) {
          if (!allDispatched || done) return;
          const state = read();
          rowsMarked ||= state.rowsMarked;
          if (state.busy) busySeen = true;
          if (!busySeen) return;
          if (state.busy && state.rowsMarked && !state.anyCurrent) allOutdatedSeen = true;
          if (firstRowAt === null && allOutdatedSeen && state.anyCurrent) firstRowAt = at;
          if (!state.busy && !state.anyOutdated) finish(at);
        }
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['aria-busy', 'data-current'],
        });
        const edit = (i) => {
          const at = performance.now();
          if (i === 0) started = at;
          editsAtMs.push(at - started);
          setValue.call(field, values[i]);
          field.dispatchEvent(new Event('input', { bubbles: true }));
          if (i + 1 < values.length) {
            // Spaced from the first edit, so a slow commit does not stretch the burst.
            setTimeout(
              () => edit(i + 1),
              Math.max(0, started + (i + 1) * gapMs - performance.now()),
            );
            return;
          }
          lastEditAt = at;
          allDispatched = true;
          // The edit's state is committed in a microtask: by the next task the table shows it.
          // If it is already busy no mutation may follow the commit, so look once here.
          setTimeout(() => {
            check(performance.now());
            // Never marked outdated: the answer was there at once (a cached result).
            if (!busySeen) finish(performance.now());
          }, 0);
        };
        edit(0);
      }),
    { label, values, gapMs, timeoutMs },
  );
}

/**
 * The worker's cumulative prediction counters (`requests, superseded, completed, chunks,
 * sequencesRun, tokens, paddedTokens`), or null where the app does not expose them.
 */
export function predictCounters(page) {
  return page.evaluate(async () => (await window.__clozeLabDebug?.predictCounters?.()) ?? null);
}

/** `after − before`, field by field; null when either side is missing. */
export function countersDelta(before, after) {
  if (!before || !after) return null;
  return Object.fromEntries(
    Object.keys(after).map((key) => [key, after[key] - (before[key] ?? 0)]),
  );
}

/**
 * Whether the table on screen is the final one for `template`: the Template box holds it, the
 * table is not busy, no row in the DOM is outdated, and the token preview (which comes with the
 * result) spells the template's words around the mask (`null` when there is no preview).
 */
export function tableMatchesTemplate(page, template) {
  return page.evaluate((template) => {
    const table = document.querySelector('table[aria-label="Predictions"]');
    const field = document.querySelector('[aria-label="Template"]');
    const preview = document.querySelector('ol[aria-label="Token preview"]');
    const spelled = (text) => text.toLowerCase().replace(/\s+/g, '');
    // The literal words between {text} and [MASK], as the preview's tokens spell them joined.
    const words = spelled(template.split('{text}').pop().split('[MASK]')[0]);
    const previewText = preview
      ? spelled(
          [...preview.querySelectorAll('li')]
            .map((li) => li.textContent.replace(/^(##|Ġ|▁)/, ''))
            .join(''),
        )
      : null;
    return {
      templateInBox: field?.value === template,
      busy: table?.getAttribute('aria-busy') === 'true',
      outdatedRows: table ? table.querySelectorAll('tbody tr[data-current="false"]').length : -1,
      previewMatches: previewText === null ? null : previewText.includes(words),
    };
  }, template);
}
