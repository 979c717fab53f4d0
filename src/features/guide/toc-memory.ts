/**
 * What the guide's table of contents remembers (issue #15): the last section read (kept on the device, so the
 * table opens on its chapter next time) and which chapters the reader opened in this tab (session storage, so
 * Back to the table, even as a new document, finds the same layout and the scroll position lands where it was).
 */
const LAST_READ_KEY = 'limits-terrain:guide-last-read';
const OPEN_KEY = 'limits-terrain:guide-open-chapters';

let opened: Set<string> | undefined;

export function rememberLastRead(sectionId: string): void {
  try {
    localStorage.setItem(LAST_READ_KEY, sectionId);
  } catch {
    // Storage denied or full: the table then opens with every chapter closed, nothing else changes.
  }
}

export function lastRead(): string | undefined {
  try {
    return localStorage.getItem(LAST_READ_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function storedOpen(): Set<string> | undefined {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(OPEN_KEY) ?? 'null');
    return Array.isArray(stored) ? new Set(stored.filter((id): id is string => typeof id === 'string')) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The chapters open in this tab, always with the chapter of the last section read (the reader opened it to get
 * there, so Back finds the same layout).
 */
export function openChapters(chapterOfLastRead: string | undefined): ReadonlySet<string> {
  opened ??= storedOpen() ?? new Set();
  return chapterOfLastRead && !opened.has(chapterOfLastRead) ? setChapterOpen(chapterOfLastRead, true) : opened;
}

export function setChapterOpen(chapterId: string, open: boolean): ReadonlySet<string> {
  const next = new Set(opened);
  if (open) next.add(chapterId);
  else next.delete(chapterId);
  opened = next;
  try {
    sessionStorage.setItem(OPEN_KEY, JSON.stringify([...next]));
  } catch {
    // Storage denied: the choice holds until the page is closed.
  }
  return next;
}

/** For tests: a new tab. */
export function forgetOpenChapters(): void {
  opened = undefined;
  try {
    sessionStorage.removeItem(OPEN_KEY);
  } catch {
    // Nothing stored.
  }
}
