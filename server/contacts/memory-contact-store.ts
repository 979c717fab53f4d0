import type { Contact, ContactsPage, SyncResult } from '../../src/shared/protocol/protocol';
import { cursorToSeq, type ContactRevision, type ContactStore } from './contact-store';
import { prepareContact } from './prepare-contact';
import { decideSync, syncResult, type Writer } from '../../src/shared/protocol/sync-rule';

interface Row {
  contact: Contact;
  hash: string;
  /** Characters of the canonical body JSON (0 for a tombstone), for the storage quota. */
  size: number;
  seq: number;
  createdBy: number | null;
  writtenBy: number | null;
  receivedAt: string;
  /** [S98] Earlier revisions, oldest first. */
  earlier: Array<Omit<Row, 'earlier' | 'seq' | 'createdBy'>>;
}

/**
 * The reference model of the storage contract: plain maps, no cleverness. Used by the contract suite to pin
 * down the behaviour the SQLite and PostgreSQL stores must match, and handy for tests of code built on a store.
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
      const { contact, hash, bodyJson } = prepared;
      const existing = rows.get(contact.id);
      const outcome = decideSync(
        contact.revision,
        existing && {
          revision: existing.contact.revision,
          createdBy: existing.createdBy,
          sameContent: existing.hash === hash,
        },
        writer,
      );
      const id = contact.id;
      const written = {
        contact: structuredClone(contact),
        hash,
        size: bodyJson?.length ?? 0,
        writtenBy: writer?.tokenId ?? null,
        receivedAt,
      };
      if (outcome.status === 'created') {
        rows.set(id, { ...written, seq: ++this.seq, createdBy: writer?.device ?? null, earlier: [] });
      } else if (outcome.status === 'updated') {
        const { seq: _seq, createdBy, earlier, ...previous } = existing as Row;
        rows.set(id, { ...written, seq: ++this.seq, createdBy, earlier: [...earlier, previous] });
      }
      return syncResult(
        id,
        contact.revision,
        outcome,
        existing && { revision: existing.contact.revision, copy: () => structuredClone(existing.contact) },
      );
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
      size: earlier.size,
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

  /** Live contacts with the token that wrote their current revision: what the memory stats model counts. */
  liveWithWriter(teamId: number): Array<{ contact: Extract<Contact, { deleted: false }>; writtenBy: number | null }> {
    return [...this.team(teamId).values()].flatMap((row) =>
      row.contact.deleted ? [] : [{ contact: structuredClone(row.contact), writtenBy: row.writtenBy }],
    );
  }

  async count(teamId: number): Promise<number> {
    return this.team(teamId).size;
  }

  async storedBytes(teamId: number): Promise<number> {
    let sum = 0;
    for (const row of this.team(teamId).values()) {
      for (const entry of [...row.earlier, row]) sum += entry.size;
    }
    return sum;
  }
}
