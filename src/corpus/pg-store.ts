import pg from "pg";
import { InputError } from "../ingest/errors.js";
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

/**
 * The corpus in PostgreSQL, for a corpus shared by workers on several machines.
 *
 * Postings are one `(hash, doc)` row each under a btree primary key on `(hash, doc)`: a lookup is
 * an index-only range scan per hash, the document frequency of a hash is the length of that
 * range, and concurrent writers only append index entries. The alternative, one `int4[]` of hashes
 * per document under a GIN (intarray) index, finds documents holding any query hash but cannot
 * count a hash's document frequency without scanning every array that holds it; measured on this
 * machine it was also slower to fill (README, corpus section).
 *
 * n-gram hashes are unsigned 32-bit; they are stored as the `int4` with the same bits.
 */

/**
 * Schema steps, applied in order once each inside the migration's transaction; the applied count
 * lives in `corpus_schema`. A step is SQL, or a function for what SQL cannot fold (the title keys).
 */
const MIGRATIONS: readonly (string | ((client: pg.PoolClient) => Promise<void>))[] = [
  `CREATE TABLE corpus_documents (
     seq serial PRIMARY KEY,
     id text COLLATE "C" NOT NULL UNIQUE,
     content_hash text NOT NULL UNIQUE,
     location text NOT NULL,
     text text NOT NULL,
     url text, title text, outlet text, date text, authors text[],
     -- distinct hashes posted for this document: the integrity check compares it with the postings
     n_hashes integer NOT NULL
   );
   CREATE TABLE corpus_postings (
     hash integer NOT NULL,
     doc integer NOT NULL,
     PRIMARY KEY (hash, doc)
   );
   CREATE INDEX corpus_postings_doc ON corpus_postings (doc);
   CREATE TABLE corpus_edges (
     from_id text COLLATE "C" NOT NULL,
     to_id text COLLATE "C" NOT NULL,
     edge jsonb NOT NULL,
     PRIMARY KEY (from_id, to_id)
   );`,
  // Aligned pairs (with an edge or none), so that a rerun aligns only new pairs; title and author
  // keys of the documents, so that a citation is looked up through an index.
  `CREATE TABLE corpus_checked (
     a text COLLATE "C" NOT NULL,
     b text COLLATE "C" NOT NULL,
     PRIMARY KEY (a, b)
   );
   INSERT INTO corpus_checked SELECT least(from_id, to_id), greatest(from_id, to_id) FROM corpus_edges
   ON CONFLICT DO NOTHING;
   CREATE TABLE corpus_meta_words (
     key text COLLATE "C" NOT NULL,
     doc integer NOT NULL,
     PRIMARY KEY (key, doc)
   );`,
  async (client) => {
    const { rows } = await client.query<DocumentRow & { seq: number }>(
      `SELECT seq, ${META_COLUMNS} FROM corpus_documents`,
    );
    for (const row of rows) await insertMetaKeys(client, row.seq, toMeta(row));
  },
];

// Any 64-bit key: several processes opening the same store wait for each other's migrations.
const MIGRATION_LOCK = 0x736f75726365;

/** Rows fetched per round trip when a result is streamed. */
const FETCH_ROWS = 1000;

/** Opens (creating or migrating as needed) the corpus store in the database at `url`. */
export async function openPgStore(url: string): Promise<CorpusStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client losing its server (a restart) must not crash the process.
  pool.on("error", () => {});
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    // A wrong host, password or database name is the user's input: one line, password left out.
    const reason = (error as Error).message.split("\n")[0];
    throw new InputError("unreadable", `cannot open the corpus database: ${reason}`, withoutPassword(url), {
      cause: error,
    });
  }
  return new PgStore(pool);
}

/** The URL to show in a message: never its password. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "the database URL";
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query("CREATE TABLE IF NOT EXISTS corpus_schema (applied integer NOT NULL)");
    const { rows } = await client.query<{ applied: number }>("SELECT applied FROM corpus_schema");
    const applied = rows[0]?.applied ?? 0;
    if (applied > MIGRATIONS.length) {
      throw new Error(
        `the corpus schema is newer (${applied}) than this sourcetrace knows (${MIGRATIONS.length})`,
      );
    }
    for (const step of MIGRATIONS.slice(applied)) {
      if (typeof step === "string") await client.query(step);
      else await step(client);
    }
    if (rows.length === 0) await client.query("INSERT INTO corpus_schema VALUES ($1)", [MIGRATIONS.length]);
    else await client.query("UPDATE corpus_schema SET applied = $1", [MIGRATIONS.length]);
  });
}

async function inTransaction<T>(pool: pg.Pool, run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await run(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** The distinct hashes as a PostgreSQL `int4[]` literal (same bits, signed). */
function int4Array(hashes: Uint32Array): string {
  const distinct = [...new Set(new Int32Array(hashes.buffer, hashes.byteOffset, hashes.length))];
  return `{${distinct.join(",")}}`;
}

/** Stores a document and its postings inside the caller's transaction; false when its text is stored. */
async function insertDocument(
  client: pg.PoolClient,
  doc: CorpusDocument,
  hashes: Uint32Array,
): Promise<boolean> {
  const postings = int4Array(hashes);
  // A concurrent writer of the same content waits on the unique index, then inserts nothing.
  const inserted = await client.query<{ seq: number }>(
    `INSERT INTO corpus_documents
       (id, content_hash, location, text, url, title, outlet, date, authors, n_hashes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, cardinality($10::int4[]))
     ON CONFLICT (content_hash) DO NOTHING
     RETURNING seq`,
    [
      doc.id,
      doc.contentHash,
      doc.location,
      doc.text,
      doc.url ?? null,
      doc.title ?? null,
      doc.outlet ?? null,
      doc.date ?? null,
      doc.authors ?? null,
      postings,
    ],
  );
  const seq = inserted.rows[0]?.seq;
  if (seq === undefined) return false;
  await client.query("INSERT INTO corpus_postings (hash, doc) SELECT unnest($1::int4[]), $2", [
    postings,
    seq,
  ]);
  await insertMetaKeys(client, seq, doc);
  return true;
}

async function insertMetaKeys(
  client: pg.PoolClient,
  seq: number,
  meta: { title?: string; authors?: readonly string[] },
): Promise<void> {
  const keys = metaKeys(meta);
  if (keys.length === 0) return;
  await client.query(
    "INSERT INTO corpus_meta_words (key, doc) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING",
    [keys, seq],
  );
}

interface DocumentRow {
  id: string;
  content_hash: string;
  location: string;
  text?: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  date: string | null;
  authors: string[] | null;
}

function toMeta(row: DocumentRow): DocumentMeta {
  const meta: DocumentMeta = { id: row.id, contentHash: row.content_hash, location: row.location };
  if (row.url !== null) meta.url = row.url;
  if (row.title !== null) meta.title = row.title;
  if (row.outlet !== null) meta.outlet = row.outlet;
  if (row.date !== null) meta.date = row.date;
  if (row.authors !== null) meta.authors = row.authors;
  return meta;
}

const META_COLUMNS = "id, content_hash, location, url, title, outlet, date, authors";

class PgStore implements CorpusStore {
  readonly kind = "postgres" as const;

  constructor(private readonly pool: pg.Pool) {}

  async add(doc: CorpusDocument, hashes: Uint32Array): Promise<boolean> {
    return inTransaction(this.pool, (client) => insertDocument(client, doc, hashes));
  }

  /**
   * Adds a batch of documents in one transaction (the batch is atomic as a whole: one refused
   * document takes the batch with it); resolves, for each, whether it was new. One commit per
   * batch instead of one per document: `corpus add` uses it when the store has it.
   */
  async addBatch(batch: readonly { doc: CorpusDocument; hashes: Uint32Array }[]): Promise<boolean[]> {
    return inTransaction(this.pool, async (client) => {
      const added: boolean[] = [];
      for (const { doc, hashes } of batch) added.push(await insertDocument(client, doc, hashes));
      return added;
    });
  }

  async hasContent(contentHash: string): Promise<boolean> {
    const { rowCount } = await this.pool.query("SELECT 1 FROM corpus_documents WHERE content_hash = $1", [
      contentHash,
    ]);
    return (rowCount ?? 0) > 0;
  }

  async get(id: string): Promise<CorpusDocument | undefined> {
    const { rows } = await this.pool.query<DocumentRow>(
      `SELECT ${META_COLUMNS}, text FROM corpus_documents WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    return row && { ...toMeta(row), text: row.text ?? "" };
  }

  async *list(): AsyncIterable<DocumentMeta> {
    for await (const row of this.stream<DocumentRow>(
      `SELECT ${META_COLUMNS} FROM corpus_documents ORDER BY seq`,
    )) {
      yield toMeta(row);
    }
  }

  async candidates(
    hashes: Uint32Array,
    options: { dfCap: number; limit: number; excludeId?: string },
  ): Promise<CandidateHit[]> {
    // The frequency of a hash is counted only up to dfCap + 1 rows: a boilerplate hash held by
    // half the corpus costs no more than a rare one.
    const { rows } = await this.pool.query<{ id: string; shared: number }>(
      `WITH q AS (SELECT DISTINCT h FROM unnest($1::int4[]) AS h),
       kept AS (
         SELECT q.h FROM q
         WHERE (SELECT count(*) FROM (SELECT 1 FROM corpus_postings p WHERE p.hash = q.h LIMIT $2 + 1) s) <= $2
       ),
       hits AS (
         SELECT p.doc, count(*)::int AS shared FROM kept JOIN corpus_postings p ON p.hash = kept.h GROUP BY p.doc
       )
       SELECT d.id, hits.shared FROM hits JOIN corpus_documents d ON d.seq = hits.doc
       WHERE $3::text IS NULL OR d.id <> $3
       ORDER BY hits.shared DESC, d.id
       LIMIT $4`,
      [int4Array(hashes), options.dfCap, options.excludeId ?? null, options.limit],
    );
    return rows.map((row) => ({ id: row.id, shared: row.shared }));
  }

  async *sharedPairs(options: {
    dfCap: number;
    minShared: number;
    unchecked?: boolean;
  }): AsyncIterable<SharedPair> {
    // The join runs in the server, which spills to disk past work_mem; rows come through a cursor.
    const sql = `WITH kept AS (
         SELECT hash FROM corpus_postings GROUP BY hash HAVING count(*) BETWEEN 2 AND $1
       ),
       pairs AS (
         SELECT x.doc AS x, y.doc AS y, count(*)::int AS shared
         FROM kept JOIN corpus_postings x ON x.hash = kept.hash
           JOIN corpus_postings y ON y.hash = kept.hash AND x.doc < y.doc
         GROUP BY x.doc, y.doc HAVING count(*) >= $2
       )
       SELECT * FROM (
         SELECT least(dx.id, dy.id) AS a, greatest(dx.id, dy.id) AS b, pairs.shared
         FROM pairs JOIN corpus_documents dx ON dx.seq = pairs.x JOIN corpus_documents dy ON dy.seq = pairs.y
       ) p
       WHERE NOT $3 OR NOT EXISTS (SELECT 1 FROM corpus_checked c WHERE c.a = p.a AND c.b = p.b)
       ORDER BY a, b`;
    yield* this.stream<SharedPair>(sql, [options.dfCap, options.minShared, options.unchecked === true]);
  }

  async putEdges(
    edges: readonly ReuseEdge[],
    checked: readonly (readonly [string, string])[] = [],
  ): Promise<void> {
    // One statement may not update a row twice: the last edge given for a pair wins.
    const byPair = new Map<string, ReuseEdge>();
    for (const edge of edges) byPair.set(JSON.stringify([edge.from, edge.to]), edge);
    const pairs = new Map<string, [string, string]>();
    for (const [a, b] of [...edges.map((e): [string, string] => [e.from, e.to]), ...checked]) {
      const p: [string, string] = a < b ? [a, b] : [b, a];
      pairs.set(JSON.stringify(p), p);
    }
    if (pairs.size === 0) return;
    await inTransaction(this.pool, async (client) => {
      if (byPair.size > 0)
        await client.query(
          `INSERT INTO corpus_edges (from_id, to_id, edge)
           SELECT e->>'from', e->>'to', e FROM jsonb_array_elements($1::jsonb) AS e
           ON CONFLICT (from_id, to_id) DO UPDATE SET edge = EXCLUDED.edge`,
          [JSON.stringify([...byPair.values()])],
        );
      await client.query(
        `INSERT INTO corpus_checked (a, b) SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT DO NOTHING`,
        [[...pairs.values()].map((p) => p[0]), [...pairs.values()].map((p) => p[1])],
      );
    });
  }

  async metaMatches(keys: readonly string[], minMatches: number): Promise<DocumentMeta[]> {
    const distinct = [...new Set(keys)];
    if (distinct.length === 0 || minMatches > distinct.length) return [];
    const { rows } = await this.pool.query<DocumentRow>(
      `SELECT ${META_COLUMNS} FROM corpus_documents WHERE seq IN (
         SELECT doc FROM corpus_meta_words WHERE key = ANY($1::text[])
         GROUP BY doc HAVING count(*) >= $2
       ) ORDER BY seq`,
      [distinct, Math.max(1, minMatches)],
    );
    return rows.map(toMeta);
  }

  async *edges(): AsyncIterable<ReuseEdge> {
    for await (const row of this.stream<{ edge: ReuseEdge }>(
      "SELECT edge FROM corpus_edges ORDER BY from_id, to_id",
    )) {
      yield row.edge;
    }
  }

  async stats(): Promise<StoreStats> {
    const { rows } = await this.pool.query<{ documents: number; postings: number; bytes: number }>(
      `SELECT (SELECT count(*) FROM corpus_documents)::int AS documents,
              (SELECT count(*) FROM corpus_postings)::float8 AS postings,
              (SELECT sum(pg_total_relation_size(t))
                 FROM unnest(ARRAY['corpus_documents', 'corpus_postings', 'corpus_edges']::regclass[]) t)::float8 AS bytes`,
    );
    const { documents, postings, bytes } = rows[0];
    return { documents, postings, bytes, integrity: await this.integrity() };
  }

  /** The first complaint of the integrity checks, or `"ok"`. */
  private async integrity(): Promise<string> {
    const checks: [string, string][] = [
      [
        "SELECT count(*)::float8 AS n FROM corpus_postings p WHERE NOT EXISTS (SELECT 1 FROM corpus_documents d WHERE d.seq = p.doc)",
        "postings of a document that is not stored",
      ],
      [
        `SELECT count(*)::float8 AS n FROM corpus_documents d
         WHERE d.n_hashes <> (SELECT count(*) FROM corpus_postings p WHERE p.doc = d.seq)`,
        "documents whose postings are incomplete",
      ],
    ];
    for (const [sql, complaint] of checks) {
      const { rows } = await this.pool.query<{ n: number }>(sql);
      if (rows[0].n > 0) return `${rows[0].n} ${complaint}`;
    }
    return (await this.amcheck()) ?? "ok";
  }

  /** PostgreSQL's own btree check of the corpus indexes, when the amcheck extension is installed. */
  private async amcheck(): Promise<string | undefined> {
    const { rowCount } = await this.pool.query("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'");
    if (!rowCount) return undefined;
    try {
      await this.pool.query(
        `SELECT bt_index_check(i.indexrelid)
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
         WHERE a.amname = 'btree'
           AND i.indrelid IN ('corpus_documents'::regclass, 'corpus_postings'::regclass, 'corpus_edges'::regclass)`,
      );
      return undefined;
    } catch (error) {
      const { code, message } = error as { code?: string; message: string };
      // Installed but not granted to this role: the check cannot run, which is not a fault found.
      if (code === "42501") return undefined;
      return `amcheck: ${message}`;
    }
  }

  /** Rows of a query fetched in batches through a cursor, so a large result never sits in memory. */
  private async *stream<T>(sql: string, params: unknown[] = []): AsyncIterable<T> {
    const client = await this.pool.connect();
    let healthy = false;
    try {
      await client.query("BEGIN READ ONLY");
      await client.query(`DECLARE corpus_cursor NO SCROLL CURSOR FOR ${sql}`, params);
      while (true) {
        const { rows } = await client.query<T & object>(`FETCH ${FETCH_ROWS} FROM corpus_cursor`);
        yield* rows;
        if (rows.length < FETCH_ROWS) break;
      }
      healthy = true;
    } finally {
      // Also reached when the consumer stops early: the transaction ends before the client goes back.
      try {
        await client.query(healthy ? "COMMIT" : "ROLLBACK");
        client.release();
      } catch {
        client.release(true);
      }
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
