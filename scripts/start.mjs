#!/usr/bin/env node
// `npm start`: install what is missing, start an embedded PostgreSQL unless DATABASE_URL is
// set, build, migrate, seed once, then serve the backend + admin and the storefront.
// Ctrl-C stops everything it started, the embedded database included.
import { join } from "node:path"
import { ensureInstalled } from "./lib/install.mjs"

ensureInstalled()
const { buildIfStale, migrateAndSeed, publishableKey, startBackend, startStorefront, stopService } = await import(
  "./lib/stack.mjs"
)
const { startEmbeddedPostgres, ordoDir } = await import("./lib/db.mjs")

const backendPort = Number(process.env.PORT ?? process.env.BACKEND_PORT ?? 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT ?? 8000)
const started = []
let embedded
let stopping = false

async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  console.log("\n[ordo] stopping…")
  for (const child of started.reverse()) await stopService(child)
  if (embedded) await embedded.stop().catch(() => {})
  console.log("[ordo] stopped")
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  let databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dir: join(ordoDir, "pgdata"), persistent: true })
    await embedded.createDatabase("ordo")
    databaseUrl = embedded.url("ordo")
    console.log(`[ordo] embedded PostgreSQL on port ${embedded.port} (data in .ordo/pgdata)`)
  }
  buildIfStale()
  migrateAndSeed(databaseUrl)
  const key = await publishableKey(databaseUrl)
  const backendUrl = `http://localhost:${backendPort}`
  const backend = await startBackend({
    databaseUrl,
    port: backendPort,
    inherit: true,
    extraEnv: { STOREFRONT_URL: process.env.STOREFRONT_URL ?? `http://localhost:${storefrontPort}` },
  })
  started.push(backend)
  const storefront = await startStorefront({ backendUrl, publishableKey: key, port: storefrontPort, inherit: true })
  started.push(storefront)
  for (const child of started) {
    child.on("exit", (code) => {
      if (!stopping) {
        console.error(`[ordo] ${child.serviceName} exited (code ${code}); stopping the rest`)
        shutdown(1)
      }
    })
  }
  console.log(`
  Ordo is running
    Storefront (buyers)   http://localhost:${storefrontPort}
    Admin (staff)         ${backendUrl}/app
    Backend API           ${backendUrl}   (publishable key ${key})

  Demo logins
    staff    admin@ordo.test   / ordo-admin   manager (every right)
             sales@, salesmanager@, finance@, warehouse@ordo.test / ordo-staff   one role each
    buyers   buyer@acme.test   / ordo-buyer   Acme Industrial Supply, CNY contract prices
             buyer@globex.test / ordo-buyer   Globex Trading, USD contract prices

  Ctrl-C stops everything.
`)
} catch (e) {
  console.error(`[ordo] start failed: ${e.message}`)
  await shutdown(1)
}
