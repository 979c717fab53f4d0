/**
 * The device's key record (the 'vault' setting, issue #6) and what it decides for every module that stores
 * something sealed: once a passcode exists, contacts, drafts, the team's access code and the directory are
 * written as envelopes only. Owned by the lock, read by those modules (they sit above it): src/data/contacts,
 * src/data/team, src/data/directory.
 */
import { defineSetting, SETTING_KEYS } from '../../platform/db/settings';
import { z } from '../../shared/zod';

export type SealMode = 'plain' | 'sealed';

/** Stored as src/platform/vault made it: that module checks the record when it opens it. */
const keyRecord = defineSetting(SETTING_KEYS.vault, z.unknown());

/** The stored key record, or undefined before a passcode is set. */
export function getKeyRecord(): Promise<unknown> {
  return keyRecord.get();
}

/** Setting, strengthening or changing the passcode (vault-store.ts). */
export function storeKeyRecord(record: unknown): Promise<void> {
  return keyRecord.put(record);
}

/** 'sealed' as soon as a passcode exists: from then on nothing is written in clear (a locked vault throws). */
export async function sealMode(): Promise<SealMode> {
  return (await getKeyRecord()) === undefined ? 'plain' : 'sealed';
}
