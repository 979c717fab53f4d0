import { afterEach, describe, expect, it } from 'vitest';
import { fakeIdleClock } from '../../../tests/unit/fake-idle-clock';
import { createKeyRecord } from './key-record';
import { linkTabs } from './tab-link';
import { createVaultSession } from './vault-session';

const channels: BroadcastChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
});

/** Two "tabs": two sessions, each with its own channel object on the same name. */
async function twoTabs() {
  const { key } = await createKeyRecord('pluie sur Roubaix', { iterations: 1_000 });
  const name = `vault-test-${Math.random()}`;
  const clock = fakeIdleClock();
  const tabs = [0, 1].map(() => {
    const session = createVaultSession({ clock, idleTimeoutMs: 60_000 });
    const channel = new BroadcastChannel(name);
    channels.push(channel);
    linkTabs(session, channel);
    session.unlockWith(key);
    return session;
  });
  return { a: tabs[0]!, b: tabs[1]!, clock };
}

const delivered = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('linkTabs', () => {
  it('"lock now" in one tab locks the other', async () => {
    const { a, b } = await twoTabs();
    a.lock('manual');
    await delivered();
    expect(b.getSnapshot()).toEqual({ status: 'locked', reason: 'other-tab' });
  });

  it('sign-out in one tab locks the other', async () => {
    const { a, b } = await twoTabs();
    b.lock('sign-out');
    await delivered();
    expect(a.getSnapshot()).toEqual({ status: 'locked', reason: 'other-tab' });
  });

  it('an idle lock stays local, and unlocking never crosses tabs', async () => {
    const { a, b } = await twoTabs();
    a.lock('idle');
    await delivered();
    expect(b.unlocked).toBe(true);
    b.lock('manual');
    await delivered();
    expect(a.getSnapshot()).toEqual({ status: 'locked', reason: 'idle' });
  });
});
