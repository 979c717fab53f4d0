import { MemoryInviteStore } from '../auth/memory-invite-store';
import { MemoryTeamStore } from '../auth/memory-team-store';
import { MemoryContactStore } from '../contacts/memory-contact-store';
import { MemoryUsageStore } from '../contacts/quotas';
import { MemoryDirectoryStore } from '../directory/memory-directory-store';
import { MemoryStatsStore } from '../stats/memory-stats-store';
import type { Stores } from './stores';

/** Every store in memory: the reference model, and a server with nothing to keep (tests, demos). */
export function memoryStores(now: () => Date = () => new Date()): Stores {
  const teams = new MemoryTeamStore(now);
  const contacts = new MemoryContactStore();
  let closed = false;
  return {
    kind: 'memory',
    teams,
    invites: new MemoryInviteStore(teams, now),
    contacts,
    stats: new MemoryStatsStore(contacts, teams),
    directory: new MemoryDirectoryStore(now),
    usage: new MemoryUsageStore(),
    async checkWritable() {
      if (closed) throw new Error('the memory stores are closed');
    },
    async close() {
      closed = true;
    },
  };
}
