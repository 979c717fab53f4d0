/**
 * The text typed into a field that is about to give way to the search page's own field. The first keystroke in
 * the header or home field opens the search page; until that page has loaded and taken the focus, the user may
 * type on, into the old field. Those keystrokes land here, not in more navigations (which would race each other
 * and lose letters), and the search page starts from this text. Tagged with an id carried by the navigation,
 * so a stale hand-off (back, reload) is never picked up.
 */
let current = { id: 0, text: '' };

/** Starts a hand-off; the returned id goes into the navigation's state. */
export function startHandoff(text: string): number {
  current = { id: current.id + 1, text };
  return current.id;
}

export function updateHandoff(id: number, text: string): void {
  if (current.id === id) current.text = text;
}

/** The text handed off by navigation `id`, if it is the latest and still open. */
export function handedOffText(id: number | undefined): string | undefined {
  return id !== undefined && id === current.id ? current.text : undefined;
}

/** The search page has taken over: back to it later, the URL (not this text) is the truth. */
export function endHandoff(id: number | undefined): void {
  if (id !== undefined && id === current.id) current = { id: current.id + 1, text: '' };
}
