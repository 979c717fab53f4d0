/**
 * The join link's secret is in the URL fragment (`/join#token=…`), which browsers never send to a server
 * ([S9]). The app reads it once and removes it from the address bar at once, so it stays out of the history,
 * bookmarks and screenshots. It is kept in memory only until the user joins or cancels.
 */
import { parseJoinInput, type JoinInput } from '../../sync/join-link';

let captured: JoinInput | undefined;

/** The join input from the current URL's fragment (read once, then removed from the address bar). */
export function takeJoinFragment(): JoinInput | undefined {
  const { hash, pathname, search, origin } = window.location;
  if (hash.length > 1) {
    captured = parseJoinInput(hash, origin);
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }
  return captured;
}

/** After joining or cancelling: the secret is not kept any longer than needed. */
export function forgetJoinFragment(): void {
  captured = undefined;
}
