/**
 * "Lock now" and sign-out in one tab lock every tab of the app. Each tab unlocks on its own (the key is never
 * sent between tabs), and an idle lock stays local: the user may be busy in another tab.
 */
import type { LockReason, VaultSession } from './vault-session';

export const VAULT_CHANNEL = 'limits-vault';
const SHARED_REASONS: ReadonlySet<LockReason> = new Set(['manual', 'sign-out']);

type Channel = Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'removeEventListener'>;

/** Returns the function that unlinks (it does not close the channel: the caller owns it). */
export function linkTabs(session: VaultSession, channel: Channel): () => void {
  let previous = session.getSnapshot();
  const unsubscribe = session.subscribe(() => {
    const next = session.getSnapshot();
    // Only a transition to locked is news; another tab's lock arrives as 'other-tab' and is not echoed.
    if (next.status === 'locked' && next !== previous && SHARED_REASONS.has(next.reason)) {
      channel.postMessage({ type: 'lock' });
    }
    previous = next;
  });
  const onMessage = (event: Event) => {
    const data = (event as MessageEvent<unknown>).data;
    if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'lock') {
      if (session.unlocked) session.lock('other-tab');
    }
  };
  channel.addEventListener('message', onMessage);
  return () => {
    unsubscribe();
    channel.removeEventListener('message', onMessage);
  };
}
