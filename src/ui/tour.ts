/**
 * The one wrapper around the guided-tour library. Why driver.js: it is small and has no
 * dependencies, works on any element React rendered (no React coupling), dims the page around
 * the highlighted control and scrolls it into view, and is keyboard-operable as shipped (arrow
 * keys, Escape, Tab kept inside the popover, which is a labelled dialog); intro.js is AGPL, and
 * react-joyride/Shepherd are heavier for the same result. Nothing else imports driver.js.
 */
import { driver, type Driver, type PopoverDOM } from 'driver.js';
import 'driver.js/dist/driver.css';

/** One stop of a tour, already in the UI language. */
export interface TourStep {
  /** CSS selector of the control to highlight (first visible match). */
  selector: string;
  title: string;
  text: string;
  /** Said instead of pointing at nothing when the control is not on the page. */
  notOnScreen: string;
  /** "Step n of m". */
  progress: string;
}

/** The buttons' text, in the UI language. */
export interface TourButtons {
  next: string;
  back: string;
  done: string;
}

// How long a step waits for its control to appear (a lazy panel, a re-render after the lesson).
const WAIT_FOR_CONTROL_MS = 3000;

// The class driver.js marks the highlighted element with (its styles lift it above the overlay).
const ACTIVE_CLASS = 'driver-active-element';
// For this long after a step is shown, a layout change that pushes its control out of view (the
// lesson's new rows and metrics arriving above it) scrolls it back; later, scrolling is the
// person's own and is left alone.
const SETTLE_MS = 4000;

let active: Driver | null = null;
let stepShownAt = 0;

/** Starts a tour (ending any running one); it highlights each step's control in turn. */
export function startTour(steps: TourStep[], buttons: TourButtons): void {
  stopTour();
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const tour = driver({
    animate: !reduceMotion,
    showProgress: true,
    allowKeyboardControl: true,
    nextBtnText: buttons.next,
    prevBtnText: buttons.back,
    doneBtnText: buttons.done,
    waitForElement: WAIT_FOR_CONTROL_MS,
    onHighlighted: (element) => {
      stepShownAt = performance.now();
      if (element) dropPopupAttributes(element);
    },
    steps: steps.map((step) => ({
      // driver.js types this as always returning an element; it treats a missing one as "no
      // element" and centres the popover, which onPopoverRender then explains.
      element: () => findControl(step.selector) as Element,
      popover: {
        title: step.title,
        description: step.text,
        progressText: step.progress,
        onPopoverRender: (popover: PopoverDOM) => {
          if (!findControl(step.selector)) sayWhere(popover, step.notOnScreen);
        },
      },
    })),
    onDestroyed: () => {
      document.removeEventListener('keyup', keepArrowsForFields);
      follower.disconnect();
      if (active === tour) active = null;
    },
  });
  const follower = new MutationObserver(() => followControl(tour, steps));
  active = tour;
  document.addEventListener('keyup', keepArrowsForFields);
  follower.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class'],
  });
  tour.drive();
}

/**
 * React may replace the highlighted element while a step is shown (a table redrawn for new
 * classes) or rewrite its class list (a panel marked outdated), and a missing control may appear
 * (a lazy panel): the step is then drawn again, so the highlight never stays on a detached or
 * unmarked element, nor the note on a control that is now there.
 */
function followControl(tour: Driver, steps: TourStep[]): void {
  const index = tour.getActiveIndex();
  const step = index === undefined ? undefined : steps[index];
  const element = tour.getActiveElement();
  if (index === undefined || !step || !element) return;
  const missing = element.id === 'driver-dummy-element';
  const stale = missing ? findControl(step.selector) !== undefined : !element.isConnected;
  if (stale) tour.moveTo(index);
  else if (!missing && !element.classList.contains(ACTIVE_CLASS))
    element.classList.add(ACTIVE_CLASS);
  else if (!missing && performance.now() - stepShownAt < SETTLE_MS && outOfView(element)) {
    element.scrollIntoView({ block: 'center' });
    tour.refresh();
  }
}

/**
 * driver.js marks the highlighted control as a popup trigger (aria-haspopup, aria-expanded),
 * attributes a text box or a region may not carry (axe: aria-allowed-attr, critical). The
 * popover is a labelled dialog that focus moves into anyway; aria-controls (allowed on any
 * element) still points at it. Done now and after the library's last frame of the step.
 */
function dropPopupAttributes(element: Element): void {
  const drop = () => {
    element.removeAttribute('aria-haspopup');
    element.removeAttribute('aria-expanded');
  };
  drop();
  requestAnimationFrame(drop);
}

/** No part of the element is inside the window. */
function outOfView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom <= 0 || box.top >= window.innerHeight;
}

/** Ends the running tour, if any. */
export function stopTour(): void {
  active?.destroy();
  active = null;
}

/** The first match that is rendered (has a box); opens a closed <details> around it first. */
function findControl(selector: string): Element | undefined {
  for (const element of document.querySelectorAll(selector)) {
    const closed = element.closest('details:not([open])');
    if (closed instanceof HTMLDetailsElement) closed.open = true;
    if (element.getClientRects().length > 0) return element;
  }
  return undefined;
}

function sayWhere(popover: PopoverDOM, note: string): void {
  const p = document.createElement('p');
  p.className = 'tour-not-on-screen';
  p.textContent = note;
  popover.description.append(p);
}

/**
 * driver.js moves on with the arrow keys anywhere on the page; a person moving the caret in a
 * text box the lesson asked them to edit must not skip a step, so those keys stop here.
 */
function keepArrowsForFields(event: KeyboardEvent): void {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const target = event.target;
  const editing =
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable);
  if (editing) event.stopPropagation();
}
