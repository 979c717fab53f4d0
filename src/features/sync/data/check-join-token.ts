import { checkJoinToken as ask } from '../../../sync/team-membership';

/** GET /api/v1/me with the token: the team and role the server knows it for ([S32]). */
export function checkJoinToken(serverUrl: string, token: string) {
  return ask(serverUrl, token);
}
