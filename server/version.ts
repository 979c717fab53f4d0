import fs from 'node:fs';

/**
 * The release version reported by /api/v1/health, read from package.json so
 * there is one place to bump. Read at start-up, not per request.
 */
export function readAppVersion(packageJsonUrl: URL = new URL('../package.json', import.meta.url)): string {
  const parsed: unknown = JSON.parse(fs.readFileSync(packageJsonUrl, 'utf8'));
  const version = (parsed as { version?: unknown }).version;
  if (typeof version !== 'string' || version === '') {
    throw new Error(`No "version" in ${packageJsonUrl.pathname}`);
  }
  return version;
}
