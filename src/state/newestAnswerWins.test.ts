import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NewestAnswerWins } from './newestAnswerWins';

describe('newest answer wins', () => {
  it('drops an older answer that arrives after a newer one', () => {
    const gate = new NewestAnswerWins();
    const older = gate.take();
    const newer = gate.take();
    expect(gate.isNewest(newer)).toBe(true);
    expect(gate.isNewest(older)).toBe(false);
  });

  it('whatever order answers arrive in, only the last request sent is shown', () =>
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 12 })
          .chain((count) =>
            fc.tuple(
              fc.constant(count),
              fc.shuffledSubarray([...Array(count).keys()], { minLength: count }),
            ),
          ),
        ([count, arrival]) => {
          const gate = new NewestAnswerWins();
          const tickets = Array.from({ length: count }, () => gate.take());
          let shown: number | null = null;
          for (const request of arrival) {
            const ticket = tickets[request] ?? -1;
            if (gate.isNewest(ticket)) shown = request;
          }
          expect(shown).toBe(count - 1);
        },
      ),
    ));

  it('a request taken while an answer is on its way outdates that answer', () => {
    const gate = new NewestAnswerWins();
    const sent = gate.take();
    gate.take(); // the inputs changed (even to something that cannot be scored)
    expect(gate.isNewest(sent)).toBe(false);
  });
});
