import { publishDirectory as publish, type PublishOutcome } from '../../../sync/directory-publish';

export type { PublishOutcome };

/** "Publish to the team" (coordinator): PUT with the version this device holds ([S74], [S88]). */
export function publishDirectory(): Promise<PublishOutcome> {
  return publish();
}
