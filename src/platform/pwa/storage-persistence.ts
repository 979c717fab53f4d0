/** Persistent storage: asks the browser not to evict the app's data under storage pressure. */

export interface StorageStatus {
  supported: boolean;
  persisted: boolean;
  usageBytes?: number;
  quotaBytes?: number;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage;
  if (!storage?.persisted) return { supported: false, persisted: false };
  const [persisted, estimate] = await Promise.all([storage.persisted(), storage.estimate?.()]);
  return { supported: true, persisted, usageBytes: estimate?.usage, quotaBytes: estimate?.quota };
}

/** Returns whether storage is now persistent. Browsers may grant it silently, ask, or refuse. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = navigator.storage;
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
