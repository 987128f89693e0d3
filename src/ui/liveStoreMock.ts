/**
 * For server-render tests: a `zustand` whose hooks read the store's live state. A server render
 * reads zustand's *initial* state (useSyncExternalStore's server snapshot), but these tests set
 * state first (a restored workspace, another language). Use as
 * `vi.mock('zustand', async () => (await import('./liveStoreMock')).liveZustand())`.
 */
import type { StateCreator } from 'zustand';

/** The mocked module: `create` binds a vanilla store to a hook reading its live state. */
export async function liveZustand() {
  const { createStore } = await import('zustand/vanilla');
  const { useSyncExternalStore } = await import('react');
  type Init = StateCreator<unknown>;
  const bind = (init: Init) => {
    const api = createStore(init);
    const live = () => api.getState();
    const useBound = (select: (s: unknown) => unknown = (s) => s) =>
      useSyncExternalStore(
        api.subscribe,
        () => select(live()),
        () => select(live()),
      );
    return Object.assign(useBound, api);
  };
  return { create: (init?: Init) => (init ? bind(init) : bind) };
}
