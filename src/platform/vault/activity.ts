/**
 * Wires a vault session to the page: user input resets the idle countdown, and coming back to the page
 * re-checks it at once (background tabs and sleeping phones run timers late or not at all).
 */
import type { VaultSession } from './vault-session';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
const RECHECK_EVENTS = ['pageshow', 'focus'] as const;

/** Returns the function that removes the listeners. */
export function watchActivity(
  session: Pick<VaultSession, 'touch' | 'checkIdle'>,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  doc: Pick<Document, 'addEventListener' | 'removeEventListener'> = document,
): () => void {
  const touch = () => session.touch();
  const recheck = () => session.checkIdle();
  const options = { capture: true, passive: true };
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, touch, options);
  for (const type of RECHECK_EVENTS) target.addEventListener(type, recheck);
  doc.addEventListener('visibilitychange', recheck);
  return () => {
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, touch, options);
    for (const type of RECHECK_EVENTS) target.removeEventListener(type, recheck);
    doc.removeEventListener('visibilitychange', recheck);
  };
}
