import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
// Security headers on every answer of this process (see the module for why here).
require("./src/api/guards/http-headers").installSecurityHeaders()
// Who and from where for the audit triggers, in every process (server, worker, exec, migrations).
require("./src/workflows/common/audit-context").installAuditContext()

/**
 * Secrets never have a usable default. In production (NODE_ENV=production: `medusa start`, the
 * Docker image, `npm start`, which generates and keeps its own in .ordo/secrets.json) the
 * backend refuses to start without a real one; elsewhere (`medusa develop`) each boot gets a
 * random one, so sessions simply end with the process.
 */
const PUBLIC_DEFAULTS = new Set([
  "supersecret",
  "secret",
  "ordo-dev-jwt-secret",
  "ordo-dev-cookie-secret",
  "ordo-dev-session-secret-change-me",
  "ordo-test-jwt-secret",
])
function secret(name: string): string {
  const value = process.env[name]
  if (value && value.length >= 32 && !PUBLIC_DEFAULTS.has(value)) return value
  if (process.env.NODE_ENV === "production") {
    throw new Error(
      `${name} is ${value ? "too short or a published default" : "not set"}: set it to a random value of at least 32 characters (e.g. \`openssl rand -hex 32\`) before starting Ordo in production`,
    )
  }
  return require("node:crypto").randomBytes(32).toString("hex")
}

const redisUrl = process.env.REDIS_URL
const workerMode = (process.env.MEDUSA_WORKER_MODE ?? "shared") as "shared" | "worker" | "server"
const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:8000"
const backendUrl = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"

// With REDIS_URL set, Ordo runs Medusa's own horizontal-scale modules (event bus,
// workflow engine, cache, caching and locking on Redis) so several server processes and
// workers can share one database. Without it, Medusa's in-memory defaults are used.
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode,
    // Medusa marks the admin session cookie Secure in production builds, which browsers only
    // send back over HTTPS. Local runs (`npm start`, tests) serve plain http and set
    // COOKIE_SECURE=false; deployments behind TLS keep the default.
    cookieOptions: { secure: process.env.COOKIE_SECURE !== "false" },
    http: {
      storeCors: process.env.STORE_CORS ?? storefrontUrl,
      adminCors: process.env.ADMIN_CORS ?? backendUrl,
      authCors: process.env.AUTH_CORS ?? `${storefrontUrl},${backendUrl}`,
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
      jwtExpiresIn: process.env.JWT_EXPIRES_IN ?? "1d",
      // A token must carry an issue time and be younger than a day, whoever signed it.
      jwtVerifyOptions: { algorithms: ["HS256"], maxAge: process.env.JWT_EXPIRES_IN ?? "1d" },
    },
  },
  admin: {
    disable: process.env.ADMIN_DISABLED === "true" || workerMode === "worker",
    // Empty = same origin: the built dashboard then works on whatever host and port serves it.
    backendUrl: process.env.ADMIN_BACKEND_URL ?? "",
  },
  modules: [
    { resolve: "./src/modules/company" },
    { resolve: "./src/modules/quote" },
    { resolve: "./src/modules/approval" },
    { resolve: "./src/modules/credit" },
    { resolve: "./src/modules/invoice" },
    { resolve: "./src/modules/stockcontrol" },
    { resolve: "./src/modules/staff" },
    { resolve: "./src/modules/channel" },
    { resolve: "./src/modules/tracking" },
    { resolve: "./src/modules/reporting" },
    { resolve: "./src/modules/audit" },
    { resolve: "./src/modules/alert" },
    {
      // Medusa's manual provider for freight and typed-in tracking numbers; Shippo for bought labels
      // (registered always, refusing until SHIPPO_API_TOKEN is set).
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          {
            resolve: "./src/modules/shippo-fulfillment",
            id: "shippo",
            options: { token: process.env.SHIPPO_API_TOKEN, base_url: process.env.SHIPPO_API_URL },
          },
        ],
      },
    },
    {
      // Approvers, buyers and debtors are told through Medusa's notification module: e-mails go
      // through SMTP (nodemailer) when SMTP_URL is set, else the local provider logs them.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: process.env.SMTP_URL
          ? [
              {
                resolve: "./src/modules/smtp-notification",
                id: "smtp",
                options: {
                  channels: ["email"],
                  url: process.env.SMTP_URL,
                  from: process.env.SMTP_FROM ?? "Ordo <no-reply@ordo.test>",
                },
              },
              { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed"] } },
            ]
          : [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email", "feed"] } }],
      },
    },
    ...redisModules,
  ],
})
