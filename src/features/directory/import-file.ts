/**
 * Reads an imported file ([S75]–[S77]): JSON when its name or content says so, CSV otherwise. The scheme ids
 * are checked against the installed content pack. Pure apart from reading the file's bytes.
 */
import { importDirectoryCsv, importDirectoryJson, type ImportResult } from '../../shared/directory';

export async function readImportFile(file: Blob & { name?: string }, schemeIds: ReadonlySet<string>) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return parseImport(bytes, file.name ?? '', schemeIds);
}

export function parseImport(bytes: Uint8Array, name: string, schemeIds: ReadonlySet<string>): ImportResult {
  const lower = name.toLowerCase();
  // A JSON export starts with "{" (after an optional byte order mark and blanks); a CSV starts with its header.
  const firstChar = new TextDecoder()
    .decode(bytes.slice(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart()[0];
  const json = lower.endsWith('.json') || (!lower.endsWith('.csv') && firstChar === '{');
  return json ? importDirectoryJson(bytes, { schemeIds }) : importDirectoryCsv(bytes, { schemeIds });
}
