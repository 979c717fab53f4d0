/**
 * The join link's invite is in the URL fragment (`/join#invite=…`), which browsers never send to a server
 * ([S9], [S94]). The app reads it once and removes it from the address bar at once; the browser's history
 * files still keep the opened URL, which is why a link carries a short-lived, single-use invite and never the
 * device's long-lived token (a `#token=` link is refused). Kept in memory only until the user joins or cancels.
 */
import { parseJoinInput, type JoinInput } from '../../data/team-sync/join-link';

let captured: JoinInput | undefined;

/** The join input from the current URL's fragment (read once, then removed from the address bar). */
export function takeJoinFragment(): JoinInput | undefined {
  const { hash, pathname, search, origin } = window.location;
  if (hash.length > 1) {
    captured = parseJoinInput(hash, origin, true);
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }
  return captured;
}

/** After joining or cancelling: the secret is not kept any longer than needed. */
export function forgetJoinFragment(): void {
  captured = undefined;
}
