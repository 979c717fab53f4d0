import type { Contact, ContactsPage, SyncResult } from '../../src/sync/protocol';
import { cursorToSeq, REASONS, type ContactRevision, type ContactStore } from './contact-store';
import { prepareContact } from './prepare-contact';
import { decideWrite, type Writer } from './write-rule';

interface Row {
  contact: Contact;
  hash: string;
  seq: number;
  createdBy: number | null;
  writtenBy: number | null;
  receivedAt: string;
  /** [S98] Earlier revisions, oldest first. */
  earlier: Array<Omit<Row, 'earlier' | 'seq' | 'createdBy'>>;
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

  async applyBatch(teamId: number, contacts: readonly unknown[], writer?: Writer): Promise<SyncResult[]> {
    const rows = this.team(teamId);
    const receivedAt = new Date().toISOString();
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
      const decision = decideWrite(
        contact.revision,
        existing && {
          revision: existing.contact.revision,
          createdBy: existing.createdBy,
          sameContent: existing.hash === hash,
        },
        writer,
      );
      const id = contact.id;
      const written = { contact: structuredClone(contact), hash, writtenBy: writer?.tokenId ?? null, receivedAt };
      switch (decision.kind) {
        case 'create':
          rows.set(id, { ...written, seq: ++this.seq, createdBy: writer?.device ?? null, earlier: [] });
          return { id, status: 'created', revision: contact.revision };
        case 'update': {
          const { seq: _seq, createdBy, earlier, ...previous } = existing as Row;
          rows.set(id, { ...written, seq: ++this.seq, createdBy, earlier: [...earlier, previous] });
          return { id, status: 'updated', revision: contact.revision };
        }
        case 'rejected':
          return {
            id,
            status: 'rejected',
            reason: decision.reason,
            ...(decision.withRevision && existing ? { revision: existing.contact.revision } : {}),
          };
        case 'unchanged':
          return { id, status: 'unchanged', revision: contact.revision };
        case 'stale':
        case 'conflict': {
          const server = structuredClone((existing as Row).contact);
          const reason = decision.kind === 'stale' ? REASONS.stale(server.revision) : REASONS.conflict;
          return {
            id,
            status: decision.kind,
            revision: server.revision,
            reason,
            ...(decision.withCopy ? { server } : {}),
          };
        }
      }
    });
  }

  async history(teamId: number, id: string): Promise<ContactRevision[]> {
    const row = this.team(teamId).get(id);
    if (!row) return [];
    return [...row.earlier, row].map((entry) => ({
      contact: structuredClone(entry.contact),
      writtenBy: entry.writtenBy,
      receivedAt: entry.receivedAt,
    }));
  }

  async restore(teamId: number, id: string, revision: number): Promise<Contact | undefined> {
    const rows = this.team(teamId);
    const row = rows.get(id);
    const earlier = row?.earlier.find((entry) => entry.contact.revision === revision);
    if (!row || !earlier) return undefined;
    const restored = { ...structuredClone(earlier.contact), revision: row.contact.revision + 1 };
    const { seq: _seq, createdBy, earlier: list, ...previous } = row;
    rows.set(id, {
      contact: restored,
      hash: earlier.hash,
      writtenBy: null,
      receivedAt: new Date().toISOString(),
      seq: ++this.seq,
      createdBy,
      earlier: [...list, previous],
    });
    return structuredClone(restored);
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

  async *exportLive(teamId: number): AsyncIterable<Contact> {
    const live = await this.exportAll(teamId);
    live.sort(
      (a, b) => Date.parse(a.body?.occurredAt ?? '') - Date.parse(b.body?.occurredAt ?? '') || (a.id < b.id ? -1 : 1),
    );
    yield* live;
  }

  async count(teamId: number): Promise<number> {
    return this.team(teamId).size;
  }
}
