import { statSync } from "node:fs";
import Database from "better-sqlite3";
import { metaKeys } from "./meta-words.js";
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
  text TEXT NOT NULL,
  hashes BLOB
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
CREATE TABLE IF NOT EXISTS checked (
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  PRIMARY KEY (a, b)
) WITHOUT ROWID, STRICT;
CREATE TABLE IF NOT EXISTS meta_words (
  key TEXT NOT NULL,
  doc INTEGER NOT NULL,
  PRIMARY KEY (key, doc)
) WITHOUT ROWID, STRICT;
`;

// Version of the layout above; stores made before a step are brought up to it on opening.
// 1: each document's hashes kept beside it (pairs are streamed per document), aligned pairs
// marked, title and author keys indexed.
const LAYOUT_VERSION = 1;

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

const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/** A document's hashes as stored beside it: the bytes of the Uint32Array (the machine's byte order). */
const hashBlob = (hashes: Uint32Array): Buffer =>
  Buffer.from(hashes.buffer, hashes.byteOffset, hashes.byteLength);

function blobHashes(blob: Buffer): Uint32Array {
  // A Buffer may sit at any offset of its pool: copied when not 4-byte aligned.
  if (blob.byteOffset % 4 === 0) return new Uint32Array(blob.buffer, blob.byteOffset, blob.byteLength / 4);
  return new Uint32Array(Uint8Array.from(blob).buffer);
}

/**
 * Brings a store made by an earlier layout up to {@link LAYOUT_VERSION}, in one transaction:
 * the title and author keys of its documents, and its edges marked as aligned pairs. Hashes of
 * documents stored before they were kept beside them are read from the postings when needed.
 */
function upgrade(db: Database.Database): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version >= LAYOUT_VERSION) return;
  db.transaction(() => {
    const columns = db.prepare<[], { name: string }>("PRAGMA table_info(documents)").all();
    if (!columns.some((c) => c.name === "hashes")) db.exec("ALTER TABLE documents ADD COLUMN hashes BLOB");
    const rows = db.prepare<[], DocumentRow>(`SELECT ${META_COLUMNS} FROM documents`).all();
    const insert = db.prepare<[string, number]>("INSERT OR IGNORE INTO meta_words (key, doc) VALUES (?, ?)");
    for (const row of rows) for (const k of metaKeys(toMeta(row))) insert.run(k, row.doc);
    db.exec(
      "INSERT OR IGNORE INTO checked (a, b) SELECT min(from_id, to_id), max(from_id, to_id) FROM edges",
    );
    db.pragma(`user_version = ${LAYOUT_VERSION}`);
  })();
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
    upgrade(this.db);
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
          Buffer,
        ]
      >(
        "INSERT INTO documents (id, content_hash, location, url, title, outlet, date, authors, text, hashes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      insertMetaWord: db.prepare<[string, number]>(
        "INSERT OR IGNORE INTO meta_words (key, doc) VALUES (?, ?)",
      ),
      documentsAfter: db.prepare<[number, number], { doc: number; id: string; hashes: Buffer | null }>(
        "SELECT doc, id, hashes FROM documents WHERE doc > ? ORDER BY doc LIMIT ?",
      ),
      isChecked: db.prepare<[string, string], number>("SELECT 1 FROM checked WHERE a = ? AND b = ?").pluck(),
      putChecked: db.prepare<[string, string]>("INSERT OR IGNORE INTO checked (a, b) VALUES (?, ?)"),
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
      const keys = batch.map(({ doc, hashes }) => this.insertDocument(doc, hashes));
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
  private insertDocument(doc: CorpusDocument, hashes: Uint32Array): number | undefined {
    const s = this.statements;
    if (s.hasContent.get(doc.contentHash) !== undefined) return undefined;
    if (s.hasId.get(doc.id) !== undefined) throw new DuplicateIdError(doc.id);
    const key = Number(
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
        hashBlob(hashes),
      ).lastInsertRowid,
    );
    for (const k of metaKeys(doc)) s.insertMetaWord.run(k, key);
    return key;
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

  async *sharedPairs(options: {
    dfCap: number;
    minShared: number;
    unchecked?: boolean;
  }): AsyncIterable<SharedPair> {
    // Document by document, in key order: the documents after it that share its hashes held by
    // 2..dfCap documents, counted. Memory holds one document's counts, never the corpus's pairs;
    // each statement is run to its end before the next, so the caller may write between pairs.
    const { dfCap, minShared } = options;
    const s = this.statements;
    // Hashes found over the cap stay over it while this runs (documents are only added).
    const overCap = new Set<number>();
    let after = 0;
    while (true) {
      const chunk = s.documentsAfter.all(after, 256);
      if (chunk.length === 0) return;
      for (const { doc, id, hashes } of chunk) {
        after = doc;
        const shared = new Map<number, number>();
        for (const h of hashes === null ? this.postedHashes(doc) : blobHashes(hashes)) {
          if (overCap.has(h)) continue;
          const docs = s.postingsOf.all(h, dfCap + 1);
          if (docs.length > dfCap) {
            overCap.add(h);
            continue;
          }
          for (const other of docs) if (other > doc) shared.set(other, (shared.get(other) ?? 0) + 1);
        }
        const pairs: SharedPair[] = [];
        for (const [other, n] of shared) {
          if (n < minShared) continue;
          const otherId = s.idOf.get(other) as string;
          const [a, b] = id < otherId ? [id, otherId] : [otherId, id];
          if (options.unchecked && s.isChecked.get(a, b) !== undefined) continue;
          pairs.push({ a, b, shared: n });
        }
        yield* pairs;
      }
    }
  }

  /** A document's hashes from its postings: only for a row stored before hashes were kept beside it. */
  private postedHashes(doc: number): number[] {
    return this.db.prepare<[number], number>("SELECT hash FROM postings WHERE doc = ?").pluck().all(doc);
  }

  async putEdges(
    edges: readonly ReuseEdge[],
    checked: readonly (readonly [string, string])[] = [],
  ): Promise<void> {
    const s = this.statements;
    this.db.transaction(() => {
      for (const e of edges) {
        s.putEdge.run(e.from, e.to, JSON.stringify(e));
        s.putChecked.run(...ordered(e.from, e.to));
      }
      for (const [a, b] of checked) s.putChecked.run(...ordered(a, b));
    })();
  }

  async metaMatches(keys: readonly string[], minMatches: number): Promise<DocumentMeta[]> {
    const distinct = [...new Set(keys)];
    if (distinct.length === 0 || minMatches > distinct.length) return [];
    const rows = this.db
      .prepare<[string, number], DocumentRow>(
        `SELECT ${META_COLUMNS} FROM documents WHERE doc IN (
           SELECT doc FROM meta_words WHERE key IN (SELECT value FROM json_each(?))
           GROUP BY doc HAVING count(*) >= ?
         ) ORDER BY doc`,
      )
      .all(JSON.stringify(distinct), Math.max(1, minMatches));
    return rows.map(toMeta);
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
