import { leaveTeam as storeLeave } from '../../../sync/team-membership';

/** Forgets the token and the sync history; contacts stay on the device. */
export function leaveTeam(): Promise<void> {
  return storeLeave();
}
