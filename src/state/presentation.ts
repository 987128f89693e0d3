/**
 * The projector view switch. It is a preference of this browser's screen, not part of the
 * workspace: it is kept under its own localStorage key (so a reload in the middle of a lesson
 * stays on the projector) and never travels in saved workspaces or share links, where it would
 * enlarge a student's laptop screen. `?present=1` in the address turns it on for that visit.
 */
import { create } from 'zustand';
import { initialPresentation, storedPresentation, withoutPresentParam } from '../core/presentation';

const STORAGE_KEY = 'cloze-lab-presentation';

interface PresentationState {
  presenting: boolean;
  setPresenting: (on: boolean) => void;
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // Storage refused (private mode, policy): the view starts off.
  }
}

function startsOn(): boolean {
  if (typeof window === 'undefined') return false;
  return initialPresentation(window.location.search, readStored());
}

/** Whether the projector view is on, and the switch's action. */
export const usePresentation = create<PresentationState>((set) => ({
  presenting: startsOn(),
  setPresenting: (on) => {
    set({ presenting: on });
    try {
      localStorage.setItem(STORAGE_KEY, storedPresentation(on));
    } catch {
      // Not remembered, but the view still switches for this visit.
    }
    // From now on the stored choice decides: drop `?present=` so a reload does not undo this.
    const { pathname, search, hash } = window.location;
    const rest = withoutPresentParam(search);
    if (rest !== search)
      window.history.replaceState(window.history.state, '', pathname + rest + hash);
  },
}));
