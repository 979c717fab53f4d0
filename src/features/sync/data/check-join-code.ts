import type { JoinCode } from '../../../sync/join-link';
import { checkJoinCode as ask } from '../../../sync/team-membership';

/** The team and role the server names for a join code ([S32], [S94]); an invite is not used up. */
export function checkJoinCode(serverUrl: string, code: JoinCode) {
  return ask(serverUrl, code);
}
