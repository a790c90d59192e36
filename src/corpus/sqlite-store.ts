import { statSync } from "node:fs";
import Database from "better-sqlite3";
import type {
  CandidateHit,
  CorpusDocument,
  CorpusStore,
  DocumentMeta,
  ReuseEdge,
  SharedPair,
  StoreStats,
} from "./types.js";

/** Raised when a document's id is already held by a different text. */
export class DuplicateIdError extends Error {
  constructor(readonly id: string) {
    super(`the id "${id}" is already held by a different text`);
  }
}

// Documents get an integer key so that each posting is two integers; the postings table is
// clustered on (hash, doc) WITHOUT ROWID, so the documents holding a hash are one range scan and
// no separate index is kept.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  doc INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  location TEXT NOT NULL,
  url TEXT,
  title TEXT,
  outlet TEXT,
  date TEXT,
  authors TEXT,
  text TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS postings (
  hash INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  PRIMARY KEY (hash, doc)
) WITHOUT ROWID, STRICT;
CREATE TABLE IF NOT EXISTS edges (
  from_id TEXT NOT NULL,
  to_id TEXT NOT NULL,
  edge TEXT NOT NULL,
  PRIMARY KEY (from_id, to_id)
) WITHOUT ROWID, STRICT;
`;

/** Documents one batch may hold: a posting's batch index takes 16 bits beside its 32-bit hash. */
const BATCH_SLOTS = 2 ** 16;

/** Options of {@link SqliteStore}. */
export interface SqliteStoreOptions {
  /** Page cache in MiB: the postings B-tree is written in hash order, so it wants to stay in memory (default: 256). */
  cacheMiB?: number;
}

interface DocumentRow {
  doc: number;
  id: string;
  content_hash: string;
  location: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  date: string | null;
  authors: string | null;
  text?: string;
}

const META_COLUMNS = "doc, id, content_hash, location, url, title, outlet, date, authors";

function toMeta(row: DocumentRow): DocumentMeta {
  const meta: DocumentMeta = { id: row.id, contentHash: row.content_hash, location: row.location };
  if (row.url !== null) meta.url = row.url;
  if (row.title !== null) meta.title = row.title;
  if (row.outlet !== null) meta.outlet = row.outlet;
  if (row.date !== null) meta.date = row.date;
  if (row.authors !== null) meta.authors = JSON.parse(row.authors) as string[];
  return meta;
}

/**
 * The corpus in one embedded SQLite file (better-sqlite3), in write-ahead-log mode: a reader
 * never waits for the writer, and a crash (even `kill -9`) loses at most the transaction in
 * flight, never half a document.
 */
export class SqliteStore implements CorpusStore {
  readonly kind = "sqlite" as const;
  private readonly db: Database.Database;
  private readonly statements;
  private readonly addTransaction: (
    batch: readonly { doc: CorpusDocument; hashes: Uint32Array }[],
  ) => boolean[];

  constructor(
    readonly path: string,
    options: SqliteStoreOptions = {},
  ) {
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    // In WAL mode NORMAL keeps the database consistent after a crash of the process or the machine;
    // only the last transactions before a power loss may be rolled back.
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma(`cache_size = ${-1024 * (options.cacheMiB ?? 256)}`);
    this.db.pragma("busy_timeout = 5000");
    this.db.exec(SCHEMA);
    const db = this.db;
    this.statements = {
      insertDoc: db.prepare<
        [
          string,
          string,
          string,
          string | null,
          string | null,
          string | null,
          string | null,
          string | null,
          string,
        ]
      >(
        "INSERT INTO documents (id, content_hash, location, url, title, outlet, date, authors, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      insertPosting: db.prepare<[number, number]>("INSERT OR IGNORE INTO postings (hash, doc) VALUES (?, ?)"),
      hasContent: db.prepare<[string], number>("SELECT 1 FROM documents WHERE content_hash = ?").pluck(),
      hasId: db.prepare<[string], number>("SELECT 1 FROM documents WHERE id = ?").pluck(),
      get: db.prepare<[string], DocumentRow>(`SELECT ${META_COLUMNS}, text FROM documents WHERE id = ?`),
      docKey: db.prepare<[string], number>("SELECT doc FROM documents WHERE id = ?").pluck(),
      idOf: db.prepare<[number], string>("SELECT id FROM documents WHERE doc = ?").pluck(),
      list: db.prepare<[], DocumentRow>(`SELECT ${META_COLUMNS} FROM documents ORDER BY doc`),
      postingsOf: db
        .prepare<[number, number], number>("SELECT doc FROM postings WHERE hash = ? LIMIT ?")
        .pluck(),
      putEdge: db.prepare<[string, string, string]>(
        "INSERT OR REPLACE INTO edges (from_id, to_id, edge) VALUES (?, ?, ?)",
      ),
      edges: db.prepare<[], string>("SELECT edge FROM edges ORDER BY from_id, to_id").pluck(),
      countDocs: db.prepare<[], number>("SELECT count(*) FROM documents").pluck(),
      countPostings: db.prepare<[], number>("SELECT count(*) FROM postings").pluck(),
    };
    this.addTransaction = db.transaction((batch: readonly { doc: CorpusDocument; hashes: Uint32Array }[]) => {
      const keys = batch.map(({ doc }) => this.insertDocument(doc));
      // The batch's postings go in hash order: consecutive inserts then land on neighbouring
      // pages of the (hash, doc) B-tree instead of one random page each.
      let total = 0;
      for (let i = 0; i < batch.length; i++) if (keys[i] !== undefined) total += batch[i].hashes.length;
      const postings = new Float64Array(total);
      let at = 0;
      for (let i = 0; i < batch.length; i++) {
        const key = keys[i];
        if (key === undefined) continue;
        // hash * 2^16 + index in the batch: exact in a double (48 bits), sorted as numbers.
        for (const h of batch[i].hashes) postings[at++] = h * BATCH_SLOTS + i;
      }
      postings.sort();
      const insert = this.statements.insertPosting;
      for (const p of postings) {
        const i = p % BATCH_SLOTS;
        insert.run((p - i) / BATCH_SLOTS, keys[i] as number);
      }
      return keys.map((key) => key !== undefined);
    });
  }

  /** Inserts the document row; its integer key, or undefined when its text is already stored. */
  private insertDocument(doc: CorpusDocument): number | undefined {
    const s = this.statements;
    if (s.hasContent.get(doc.contentHash) !== undefined) return undefined;
    if (s.hasId.get(doc.id) !== undefined) throw new DuplicateIdError(doc.id);
    return Number(
      s.insertDoc.run(
        doc.id,
        doc.contentHash,
        doc.location,
        doc.url ?? null,
        doc.title ?? null,
        doc.outlet ?? null,
        doc.date ?? null,
        doc.authors ? JSON.stringify(doc.authors) : null,
        doc.text,
      ).lastInsertRowid,
    );
  }

  async add(doc: CorpusDocument, hashes: Uint32Array): Promise<boolean> {
    return this.addTransaction([{ doc, hashes }])[0];
  }

  /**
   * Adds a batch of documents in one transaction (the batch is atomic as a whole); resolves, for
   * each, whether it was new. Far faster than one transaction per document.
   */
  async addBatch(batch: readonly { doc: CorpusDocument; hashes: Uint32Array }[]): Promise<boolean[]> {
    if (batch.length > BATCH_SLOTS) throw new RangeError(`a batch holds at most ${BATCH_SLOTS} documents`);
    return this.addTransaction(batch);
  }

  async hasContent(contentHash: string): Promise<boolean> {
    return this.statements.hasContent.get(contentHash) !== undefined;
  }

  async get(id: string): Promise<CorpusDocument | undefined> {
    const row = this.statements.get.get(id);
    if (!row) return undefined;
    return { ...toMeta(row), text: row.text as string };
  }

  async *list(): AsyncIterable<DocumentMeta> {
    for (const row of this.statements.list.iterate()) yield toMeta(row);
  }

  async candidates(
    hashes: Uint32Array,
    options: { dfCap: number; limit: number; excludeId?: string },
  ): Promise<CandidateHit[]> {
    const { dfCap, limit } = options;
    const exclude =
      options.excludeId === undefined ? undefined : this.statements.docKey.get(options.excludeId);
    const shared = new Map<number, number>();
    const seen = new Set<number>();
    for (const h of hashes) {
      if (seen.has(h)) continue;
      seen.add(h);
      // One more than the cap tells a hash over the cap without counting all its documents.
      const docs = this.statements.postingsOf.all(h, dfCap + 1);
      if (docs.length > dfCap) continue;
      for (const d of docs) if (d !== exclude) shared.set(d, (shared.get(d) ?? 0) + 1);
    }
    const hits = [...shared].map(([doc, n]) => ({ id: this.statements.idOf.get(doc) as string, shared: n }));
    hits.sort((a, b) => b.shared - a.shared || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return hits.slice(0, limit);
  }

  async *sharedPairs(options: { dfCap: number; minShared: number }): AsyncIterable<SharedPair> {
    // Hashes held by 2..dfCap documents, joined with themselves: each pair of documents counted
    // once per hash they share.
    const rows = this.db
      .prepare<[number, number], { a: string; b: string; shared: number }>(
        `WITH common AS (
           SELECT hash FROM postings GROUP BY hash HAVING count(*) BETWEEN 2 AND ?
         ), pairs AS (
           SELECT p.doc AS a, q.doc AS b, count(*) AS shared
           FROM common JOIN postings p ON p.hash = common.hash
           JOIN postings q ON q.hash = common.hash AND q.doc > p.doc
           GROUP BY p.doc, q.doc HAVING count(*) >= ?
         )
         SELECT da.id AS a, db.id AS b, pairs.shared AS shared
         FROM pairs JOIN documents da ON da.doc = pairs.a JOIN documents db ON db.doc = pairs.b
         ORDER BY pairs.a, pairs.b`,
      )
      .all(options.dfCap, options.minShared);
    for (const row of rows) yield row;
  }

  async putEdges(edges: readonly ReuseEdge[]): Promise<void> {
    this.db.transaction(() => {
      for (const e of edges) this.statements.putEdge.run(e.from, e.to, JSON.stringify(e));
    })();
  }

  async *edges(): AsyncIterable<ReuseEdge> {
    for (const json of this.statements.edges.all()) yield JSON.parse(json) as ReuseEdge;
  }

  /** Counts and size, and SQLite's full `PRAGMA integrity_check` (or `quick_check` when `quick`). */
  async stats(options: { quick?: boolean } = {}): Promise<StoreStats> {
    const check = this.db.pragma(options.quick ? "quick_check(1)" : "integrity_check(1)", {
      simple: true,
    }) as string;
    const pageCount = this.db.pragma("page_count", { simple: true }) as number;
    const pageSize = this.db.pragma("page_size", { simple: true }) as number;
    let walBytes = 0;
    try {
      walBytes = statSync(`${this.path}-wal`).size;
    } catch {
      // No write-ahead log on disk: nothing to add.
    }
    return {
      documents: this.statements.countDocs.get() as number,
      postings: this.statements.countPostings.get() as number,
      bytes: pageCount * pageSize + walBytes,
      integrity: check,
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
