import type { Contact, ContactsPage, SyncResult } from '../../src/sync/protocol';
import { cursorToSeq, REASONS, type ContactStore } from './contact-store';
import { prepareContact } from './prepare-contact';

interface Row {
  contact: Contact;
  hash: string;
  seq: number;
}

/**
 * The reference model of the storage contract: plain maps, no cleverness. Used by the contract suite to pin
 * down the behaviour SqliteContactStore must match, and handy for tests of code built on a store.
 */
export class MemoryContactStore implements ContactStore {
  private readonly teams = new Map<number, Map<string, Row>>();
  private seq = 0;

  private team(teamId: number): Map<string, Row> {
    let rows = this.teams.get(teamId);
    if (!rows) {
      rows = new Map();
      this.teams.set(teamId, rows);
    }
    return rows;
  }

  async applyBatch(teamId: number, contacts: readonly unknown[]): Promise<SyncResult[]> {
    const rows = this.team(teamId);
    return contacts.map((raw): SyncResult => {
      const prepared = prepareContact(raw);
      if (!prepared.ok) {
        const existing = prepared.validId === null ? undefined : rows.get(prepared.validId);
        return {
          id: prepared.id,
          status: 'rejected',
          reason: prepared.reason,
          ...(existing ? { revision: existing.contact.revision } : {}),
        };
      }
      const { contact, hash } = prepared;
      const existing = rows.get(contact.id);
      if (!existing || contact.revision > existing.contact.revision) {
        rows.set(contact.id, { contact: structuredClone(contact), hash, seq: ++this.seq });
        return { id: contact.id, status: existing ? 'updated' : 'created', revision: contact.revision };
      }
      const server = structuredClone(existing.contact);
      if (contact.revision < existing.contact.revision) {
        return {
          id: contact.id,
          status: 'stale',
          revision: server.revision,
          reason: REASONS.stale(server.revision),
          server,
        };
      }
      if (hash === existing.hash) return { id: contact.id, status: 'unchanged', revision: server.revision };
      return { id: contact.id, status: 'conflict', revision: server.revision, reason: REASONS.conflict, server };
    });
  }

  async listSince(teamId: number, cursor: string | undefined, limit: number): Promise<ContactsPage> {
    const after = cursorToSeq(cursor);
    const changed = [...this.team(teamId).values()].filter((row) => row.seq > after).sort((a, b) => a.seq - b.seq);
    const page = changed.slice(0, limit);
    const last = page.at(-1);
    return {
      contacts: page.map((row) => structuredClone(row.contact)),
      nextCursor: String(last ? last.seq : after),
      hasMore: changed.length > page.length,
    };
  }

  async exportAll(teamId: number): Promise<Contact[]> {
    return [...this.team(teamId).values()]
      .filter((row) => !row.contact.deleted)
      .map((row) => structuredClone(row.contact))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async count(teamId: number): Promise<number> {
    return this.team(teamId).size;
  }
}
