import { describe, expect, it, vi } from 'vitest';
import { fakeIdleClock } from '../../../tests/unit/fake-idle-clock';
import { watchActivity } from './activity';
import { VaultLockedError, WrongPasscodeError } from './errors';
import { createKeyRecord } from './key-record';
import { createVaultSession } from './vault-session';

const PASSCODE = 'pluie sur Roubaix';
const REF = { table: 'contacts', id: 'c-1', field: 'body' };
const fastRecord = () => createKeyRecord(PASSCODE, { iterations: 1_000 });

describe('vault session', () => {
  it('starts locked: no key, encrypt and decrypt refused with VaultLockedError', async () => {
    const session = createVaultSession({ clock: fakeIdleClock() });
    expect(session.getSnapshot()).toEqual({ status: 'locked', reason: 'startup' });
    expect(session.unlocked).toBe(false);
    expect(() => session.requireKey()).toThrow(VaultLockedError);
    await expect(session.encrypt({ a: 1 }, REF)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(session.decrypt(new Uint8Array(40), REF)).rejects.toBeInstanceOf(VaultLockedError);
  });

  it('unlocks with the passcode, encrypts and decrypts; lock() drops the key', async () => {
    const { record } = await fastRecord();
    const session = createVaultSession({ clock: fakeIdleClock() });
    await session.unlock(record, PASSCODE);
    expect(session.getSnapshot().status).toBe('unlocked');
    const envelope = await session.encrypt({ note: 'ok' }, REF);
    expect(await session.decrypt(envelope, REF)).toEqual({ note: 'ok' });

    session.lock();
    expect(session.getSnapshot()).toEqual({ status: 'locked', reason: 'manual' });
    expect(() => session.requireKey()).toThrow(VaultLockedError);
    await expect(session.decrypt(envelope, REF)).rejects.toBeInstanceOf(VaultLockedError);
  });

  it('a wrong passcode leaves it locked', async () => {
    const { record } = await fastRecord();
    const session = createVaultSession({ clock: fakeIdleClock() });
    await expect(session.unlock(record, 'not the passcode')).rejects.toBeInstanceOf(WrongPasscodeError);
    expect(session.unlocked).toBe(false);
    expect(session.getSnapshot().status).toBe('locked');
  });

  it('a lock during an unlock wins: the unlock that finishes afterwards does not open the vault', async () => {
    const { record } = await fastRecord();
    const session = createVaultSession({ clock: fakeIdleClock() });
    const unlocking = session.unlock(record, PASSCODE);
    session.lock('manual');
    await expect(unlocking).rejects.toBeInstanceOf(VaultLockedError);
    expect(session.unlocked).toBe(false);
  });

  it('a decryption that finishes after a lock does not hand out the plaintext', async () => {
    const { key } = await fastRecord();
    const session = createVaultSession({ clock: fakeIdleClock() });
    session.unlockWith(key);
    const envelope = await session.encrypt('secret', REF);
    const reading = session.decrypt(envelope, REF);
    session.lock();
    await expect(reading).rejects.toBeInstanceOf(VaultLockedError);
  });

  it('refuses to hold an extractable key', async () => {
    const extractable = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    const session = createVaultSession({ clock: fakeIdleClock() });
    expect(() => session.unlockWith(extractable)).toThrow(TypeError);
    expect(session.unlocked).toBe(false);
  });

  it('locks itself after the idle timeout; activity keeps it open', async () => {
    const clock = fakeIdleClock();
    const { key } = await fastRecord();
    const session = createVaultSession({ clock, idleTimeoutMs: 60_000 });
    session.unlockWith(key);
    clock.advance(45_000);
    session.touch();
    clock.advance(45_000);
    expect(session.unlocked).toBe(true);
    clock.advance(15_000);
    expect(session.getSnapshot()).toEqual({ status: 'locked', reason: 'idle' });
    expect(() => session.requireKey()).toThrow(VaultLockedError);
  });

  it('notifies subscribers on every change, and stops after unsubscribe', async () => {
    const { key } = await fastRecord();
    const session = createVaultSession({ clock: fakeIdleClock() });
    const listener = vi.fn();
    const unsubscribe = session.subscribe(listener);
    session.unlockWith(key);
    session.lock('manual');
    session.lock('manual');
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    session.unlockWith(key);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('watchActivity', () => {
  it('input resets the countdown; coming back to the page re-checks it at once', async () => {
    const clock = fakeIdleClock();
    const { key } = await fastRecord();
    const session = createVaultSession({ clock, idleTimeoutMs: 60_000 });
    const stop = watchActivity(session);
    try {
      session.unlockWith(key);
      clock.advance(50_000);
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      clock.advance(50_000);
      expect(session.unlocked).toBe(true);

      clock.sleep(3_600_000);
      document.dispatchEvent(new Event('visibilitychange'));
      expect(session.getSnapshot()).toEqual({ status: 'locked', reason: 'idle' });
    } finally {
      stop();
    }
    session.unlockWith(key);
    clock.sleep(3_600_000);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(session.unlocked).toBe(true);
  });
});
