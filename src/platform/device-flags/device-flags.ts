/**
 * What this device holds, as three booleans in localStorage, so the app shell can decide WITHOUT opening
 * IndexedDB or loading any crypto whether the lock, the team sync or the home page's follow-ups have anything
 * to do. A first visit (and any device that never recorded a contact) loads none of that code.
 *
 * The storage modules that create the data set the flags (vault-store, sync-meta, contact-store) and the
 * wipe clears them; the lock and the sync, once started, write their own flag's true value, so a flag can
 * only be wrong in the safe direction (true with nothing to do) and corrects itself.
 */
const KEY = 'limits-terrain:device';

export interface DeviceFlags {
  /** A passcode (vault key record) exists. */
  lock: boolean;
  /** The device belongs to a team. */
  team: boolean;
  /** Contacts were recorded here. */
  contacts: boolean;
  /** Something was starred (favourites): until then no page opens the database to show its star. */
  favourites: boolean;
  /** The local directory holds entries (the team's or the device's): until then no scheme page reads it. */
  directory: boolean;
}

const NONE: DeviceFlags = { lock: false, team: false, contacts: false, favourites: false, directory: false };
const ALL: DeviceFlags = { lock: true, team: true, contacts: true, favourites: true, directory: true };

const listeners = new Set<() => void>();

/** Called when a flag changes, in this tab or another (storage event). */
export function subscribeDeviceFlags(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('storage', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', notify);
  };
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}

function read(): DeviceFlags | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<DeviceFlags>;
    return {
      lock: parsed.lock === true,
      team: parsed.team === true,
      contacts: parsed.contacts === true,
      favourites: parsed.favourites === true,
      directory: parsed.directory === true,
    };
  } catch {
    return undefined;
  }
}

function write(flags: DeviceFlags): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(flags));
  } catch {
    // Storage full or denied: the shell then starts everything (see deviceFlags), which is only slower.
  }
  notify();
}

/**
 * The flags. A device with no record predates them (or its storage failed): when the app's database exists
 * it may hold anything, so everything is assumed, and corrected by the modules as they start.
 */
export async function deviceFlags(): Promise<DeviceFlags> {
  const known = read();
  if (known) return known;
  const exists = await databaseExists();
  const flags = exists ? ALL : NONE;
  write(flags);
  return flags;
}

/** Synchronous read for render paths: unknown counts as nothing (the async path settles it at idle). */
export function peekDeviceFlags(): DeviceFlags {
  return read() ?? NONE;
}

/** One flag, synchronously (false when unknown). */
export function peekDeviceFlag(name: keyof DeviceFlags): boolean {
  return read()?.[name] ?? false;
}

export function setDeviceFlag(name: keyof DeviceFlags, value: boolean): void {
  const flags = read() ?? NONE;
  if (flags[name] !== value) write({ ...flags, [name]: value });
}

export function clearDeviceFlags(): void {
  write(NONE);
}

async function databaseExists(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  // indexedDB.databases() is missing from older engines: assume the database may exist.
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((db) => db.name === 'limits-terrain');
  } catch {
    return true;
  }
}
