/**
 * The device's passcode (issue #6): the key record (the 'vault' setting, key-record.ts),
 * and the steps that set, open and change it. The data key itself only ever lives in the tab's vault session
 * (src/platform/vault).
 */
import { setDeviceFlag } from '../../platform/device-flags/device-flags';
import {
  changePasscode,
  createKeyRecord,
  DEFAULT_PBKDF2_ITERATIONS,
  getVaultSession,
  keyRecordNeedsUpgrade,
  strengthenKeyRecord,
} from '../../platform/vault';
import { getKeyRecord, storeKeyRecord } from './key-record';

let iterations = DEFAULT_PBKDF2_ITERATIONS;

/** PBKDF2 iterations for new key records. Production always uses the default; only the test runner may lower it. */
export function vaultIterations(): number {
  return iterations;
}

/** Lets unit tests avoid 600 000 PBKDF2 rounds per passcode. Refused outside the test runner. */
export function setVaultIterationsForTests(value: number): void {
  if (import.meta.env.MODE !== 'test') throw new Error('Vault iterations can only be lowered in tests');
  iterations = value;
}

export async function hasPasscode(): Promise<boolean> {
  return (await getKeyRecord()) !== undefined;
}

/**
 * Sets the first passcode: a new data key, adopted by this tab before the record is stored (so no write can
 * find a vault it cannot open). Rows written before stay clear until the migration seals them.
 */
export async function setPasscode(passcode: string): Promise<void> {
  if (await hasPasscode()) throw new Error('A passcode is already set on this device');
  const { record, key } = await createKeyRecord(passcode, { iterations });
  // Stored before the session opens: what runs on unlock (sealing rows stored in clear, [S92]) must already
  // see the passcode, or it finds "no passcode yet" and seals nothing.
  await storeKeyRecord(record);
  setDeviceFlag('lock', true);
  getVaultSession().unlockWith(key);
}

/** WrongPasscodeError for a wrong passcode. Re-wraps with today's iterations when the record is older. */
export async function unlockVault(passcode: string): Promise<void> {
  const record = await getKeyRecord();
  if (record === undefined) throw new Error('No passcode is set on this device');
  const start = performance.now();
  await getVaultSession().unlock(record, passcode);
  // Key derivation + unwrap, read by scripts/bench/vault-browser.ts: WebCrypto runs it off the main thread,
  // which CPU throttling in DevTools does not slow, so the benchmark scales it itself.
  performance.measure('vault-unlock', { start, end: performance.now() });
  if (keyRecordNeedsUpgrade(record, iterations)) {
    await storeKeyRecord(await strengthenKeyRecord(record, passcode, iterations));
  }
}

/** Re-wraps the same data key under `next` (nothing is re-encrypted); WrongPasscodeError if `current` is wrong. */
export async function changeVaultPasscode(current: string, next: string): Promise<void> {
  const record = await getKeyRecord();
  if (record === undefined) throw new Error('No passcode is set on this device');
  const iterationsNow = Math.max(iterations, (record as { kdf?: { iterations?: number } }).kdf?.iterations ?? 0);
  await storeKeyRecord(await changePasscode(record, current, next, { iterations: iterationsNow }));
}
