import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";

/** Where analyses are kept, by id. */
export interface ReportStore {
  /** Keep a report (its JSON text) and return the new id. */
  save(json: string): string;
  /** The report's JSON text, or undefined for an unknown id. */
  get(id: string): string | undefined;
  close(): void;
}

/** Report ids: 96 random bits in base64url, so a permalink cannot be guessed from another. */
export const REPORT_ID = /^[A-Za-z0-9_-]{16}$/;

/**
 * Reports in an embedded SQLite database (better-sqlite3): one table of id, creation time and the
 * report's JSON, in write-ahead-log mode so reads never wait for a write.
 */
export class SqliteReportStore implements ReportStore {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, string, string]>;
  private readonly select: Database.Statement<[string], { report: string }>;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    this.db.exec(
      "CREATE TABLE IF NOT EXISTS reports (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, report TEXT NOT NULL) STRICT",
    );
    this.insert = this.db.prepare("INSERT INTO reports (id, created_at, report) VALUES (?, ?, ?)");
    this.select = this.db.prepare("SELECT report FROM reports WHERE id = ?");
  }

  save(json: string): string {
    const id = randomBytes(12).toString("base64url");
    this.insert.run(id, new Date().toISOString(), json);
    return id;
  }

  get(id: string): string | undefined {
    if (!REPORT_ID.test(id)) return undefined;
    return this.select.get(id)?.report;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
