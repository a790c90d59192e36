import { statSync } from "node:fs";
import { InputError } from "../ingest/errors.js";
import { SqliteStore } from "./sqlite-store.js";
import type { CorpusStore } from "./types.js";

/** True when `db` names a PostgreSQL database rather than a SQLite file. */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

/** What the PostgreSQL back end module (`./pg-store.js`) exports. */
interface PgStoreModule {
  openPgStore(url: string): Promise<CorpusStore>;
}

// A variable specifier: the PostgreSQL client is loaded only when a postgres:// URL is given, so
// a SQLite user never loads `pg`.
const PG_STORE_MODULE = "./pg-store.js";

/**
 * Open the corpus named by `db`: a `postgres://` (or `postgresql://`) URL opens the PostgreSQL
 * back end, anything else is the path of a SQLite file, created when missing. Throws
 * {@link InputError} for a path that is a directory or cannot be opened.
 */
export async function openStore(db: string): Promise<CorpusStore> {
  if (isPostgresUrl(db)) {
    const { openPgStore } = (await import(PG_STORE_MODULE)) as PgStoreModule;
    return openPgStore(db);
  }
  if (db === "") throw new InputError("unreadable", "the corpus path is empty");
  try {
    if (statSync(db).isDirectory())
      throw new InputError("unreadable", `the corpus path is a directory, not a database file`, db);
  } catch (error) {
    if (error instanceof InputError) throw error;
    // A missing file is created below.
  }
  try {
    return new SqliteStore(db);
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0];
    throw new InputError("unreadable", `cannot open the corpus: ${reason}`, db);
  }
}
