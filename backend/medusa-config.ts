import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

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
      jwtSecret: process.env.JWT_SECRET ?? "ordo-dev-jwt-secret",
      cookieSecret: process.env.COOKIE_SECRET ?? "ordo-dev-cookie-secret",
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
