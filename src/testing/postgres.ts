import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * The PostgreSQL the tests may use: a URL whose role can create databases. `.ci/run` installs
 * Debian's PostgreSQL, starts it and exports this variable; locally, start the cluster
 * (`pg_ctlcluster 15 main start`) and export it by hand.
 */
export const PG_URL_VARIABLE = "SOURCETRACE_TEST_PG";

/** The skip reason of a PostgreSQL test when no server is configured (an error under CI, which starts one). */
export function pgSkip(): string | false {
  if (process.env[PG_URL_VARIABLE]) return false;
  if (process.env.CI)
    throw new Error(`${PG_URL_VARIABLE} is not set: .ci/run installs and starts PostgreSQL`);
  return `${PG_URL_VARIABLE} not set (postgres://user:password@127.0.0.1/postgres, a role that may create databases); PostgreSQL test skipped`;
}

/**
 * A new empty database for one test file, so that test files running in parallel never see each
 * other's tables or job queues; `drop` removes it (and ends any connection still open to it).
 */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env[PG_URL_VARIABLE];
  if (!admin) throw new Error(`${PG_URL_VARIABLE} is not set`);
  const name = `sourcetrace_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await withAdmin(admin, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      // A backend the role may not end (an autovacuum worker, when the role lacks
      // pg_signal_backend) or one still closing makes the drop fail for a moment: try again.
      for (let attempt = 1; ; attempt++) {
        try {
          await withAdmin(admin, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
          return;
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (attempt >= 10 || (code !== "42501" && code !== "55006")) throw error;
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
      }
    },
  };
}

async function withAdmin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
