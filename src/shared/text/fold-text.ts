/** Case- and accent-insensitive form of a text, for filters and sorting ("Défaucher" → "defaucher"). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[«»“”"’'()]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
