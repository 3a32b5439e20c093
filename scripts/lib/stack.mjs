// Boots Ordo's parts (database, migrations, seed, backend, storefront) for `npm start`,
// the test suite and the benchmark. Node built-ins plus installed packages only.
import { spawn, spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join, relative } from "node:path"
import { root } from "./install.mjs"
import { localSecrets } from "./secrets.mjs"

export const backendDir = join(root, "backend")
export const backendBuildDir = join(backendDir, ".medusa", "server")
export const storefrontDir = join(root, "storefront")
const medusaCli = join(root, "node_modules", "@medusajs", "cli", "cli.js")

const log = (...a) => console.log("[ordo]", ...a)

/** Path of a package's bin script as the storefront workspace resolves it (it may be nested). */
function storefrontBin(pkg, bin) {
  const manifest = createRequire(join(storefrontDir, "package.json")).resolve(`${pkg}/package.json`)
  return join(dirname(manifest), bin)
}

function hashTree(base, entries) {
  const h = createHash("sha1")
  const walk = (p) => {
    if (!existsSync(p)) return
    const st = statSync(p)
    if (st.isDirectory()) {
      for (const e of readdirSync(p).sort()) if (e !== "node_modules" && !e.startsWith(".")) walk(join(p, e))
    } else {
      h.update(relative(base, p))
      h.update(readFileSync(p))
    }
  }
  for (const e of entries) walk(join(base, e))
  return h.digest("hex")
}

function run(cmd, args, opts) {
  const r = spawnSync(cmd, args, { stdio: opts.quiet ? "pipe" : "inherit", ...opts })
  if (r.status !== 0) {
    if (opts.quiet) process.stderr.write(`${r.stdout ?? ""}${r.stderr ?? ""}`)
    throw new Error(`${cmd} ${args.join(" ")} failed with exit code ${r.status}`)
  }
  return r
}

// Secrets set in the environment win; otherwise the ones kept in .ordo/secrets.json.
export const baseEnv = (extra = {}) => ({
  ...localSecrets(),
  ...process.env,
  MEDUSA_DISABLE_TELEMETRY: "true",
  NODE_OPTIONS: [process.env.NODE_OPTIONS, "--no-deprecation"].filter(Boolean).join(" "),
  ...extra,
})

export const integrationsDir = join(root, "integrations")
const typescriptCli = join(root, "node_modules", "typescript", "bin", "tsc")

/** The provider adapters (integrations/<provider>, plain TypeScript packages) compiled to their dist/. */
function buildIntegrations(quiet) {
  for (const name of readdirSync(integrationsDir)) {
    const dir = join(integrationsDir, name)
    if (!existsSync(join(dir, "tsconfig.json"))) continue
    const hash = hashTree(dir, ["src", "package.json", "tsconfig.json"])
    const stamp = join(dir, "dist", ".ordo-build-hash")
    if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) continue
    log(`building integrations/${name}…`)
    run(process.execPath, [typescriptCli, "-p", join(dir, "tsconfig.json")], { cwd: dir, quiet })
    writeFileSync(stamp, hash)
  }
}

/** Builds the adapters, the backend (API + admin) and the storefront when their sources changed. */
export function buildIfStale({ quiet = false } = {}) {
  buildIntegrations(quiet)
  const backendHash = hashTree(backendDir, ["src", "medusa-config.ts", "package.json", "tsconfig.json"])
  const backendStamp = join(backendBuildDir, ".ordo-build-hash")
  if (!existsSync(backendStamp) || readFileSync(backendStamp, "utf8") !== backendHash) {
    log("building backend and admin (medusa build)…")
    run(process.execPath, [medusaCli, "build"], { cwd: backendDir, env: baseEnv({ NODE_ENV: "production" }), quiet })
    writeFileSync(backendStamp, backendHash)
  }
  const sfHash = hashTree(storefrontDir, [
    "app",
    "react-router.config.ts",
    "vite.config.ts",
    "package.json",
    "tsconfig.json",
  ])
  const sfStamp = join(storefrontDir, "build", ".ordo-build-hash")
  if (!existsSync(sfStamp) || readFileSync(sfStamp, "utf8") !== sfHash) {
    log("building storefront (react-router build)…")
    run(process.execPath, [storefrontBin("@react-router/dev", "bin.js"), "build"], {
      cwd: storefrontDir,
      env: baseEnv({ NODE_ENV: "production" }),
      quiet,
    })
    writeFileSync(sfStamp, sfHash)
  }
}

/** `medusa db:migrate` then the idempotent demo seed, against the built backend. */
export function migrateAndSeed(databaseUrl, { quiet = false, extraEnv = {} } = {}) {
  const env = baseEnv({ NODE_ENV: "production", DATABASE_URL: databaseUrl, ...extraEnv })
  log("migrating database…")
  run(process.execPath, [medusaCli, "db:migrate"], { cwd: backendBuildDir, env, quiet: true })
  log("seeding demo data (skipped when already seeded)…")
  run(process.execPath, [medusaCli, "exec", "./src/scripts/seed.js"], { cwd: backendBuildDir, env, quiet })
}

export async function publishableKey(databaseUrl) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const r = await client.query(
      "select token from api_key where type = 'publishable' and title = 'Ordo Storefront' and revoked_at is null and deleted_at is null limit 1",
    )
    if (!r.rowCount) throw new Error("The storefront publishable key is missing: was the database seeded?")
    return r.rows[0].token
  } finally {
    await client.end()
  }
}

async function waitFor(url, child, name, timeoutMs = 120_000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before it was ready`)
    try {
      const r = await fetch(url)
      if (r.status < 500) return
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000} s`)
}

/**
 * Spawns a process in its own process group (so stopping it stops its children too) and
 * waits until `readyUrl` answers; if it never does, the process is stopped and its output shown.
 */
async function startService(name, cmd, args, { cwd, env, logFile, inherit, readyUrl }) {
  const child = spawn(cmd, args, {
    cwd,
    env,
    detached: true,
    stdio: inherit ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
  })
  if (!inherit) {
    const chunks = []
    const keep = (d) => {
      chunks.push(d)
      if (chunks.length > 400) chunks.shift()
    }
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
    child.output = () => Buffer.concat(chunks).toString()
    if (logFile) {
      import("node:fs").then(({ createWriteStream }) => {
        const s = createWriteStream(logFile)
        child.stdout.pipe(s)
        child.stderr.pipe(s)
      })
    }
  }
  child.serviceName = name
  try {
    await waitFor(readyUrl, child, name)
  } catch (e) {
    if (child.output) process.stderr.write(child.output())
    await stopService(child)
    throw e
  }
  return child
}

export function stopService(child, signal = "SIGTERM") {
  if (!child || child.exitCode !== null || child.signalCode) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {}
    }, 8000)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    try {
      process.kill(-child.pid, signal)
    } catch {
      clearTimeout(timer)
      resolve()
    }
  })
}

export async function startBackend({ databaseUrl, port, extraEnv = {}, inherit = false, logFile }) {
  const env = baseEnv({
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    COOKIE_SECURE: process.env.COOKIE_SECURE ?? "false",
    ...extraEnv,
  })
  return startService("backend", process.execPath, [medusaCli, "start", "--port", String(port)], {
    cwd: backendBuildDir,
    env,
    inherit,
    logFile,
    readyUrl: `http://localhost:${port}/health`,
  })
}

export async function startStorefront({ backendUrl, publishableKey, port, inherit = false, extraEnv = {} }) {
  const env = baseEnv({
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "0.0.0.0",
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    ...extraEnv,
  })
  const serve = storefrontBin("@react-router/serve", "bin.js")
  return startService("storefront", process.execPath, [serve, "./build/server/index.js"], {
    cwd: storefrontDir,
    env,
    inherit,
    readyUrl: `http://localhost:${port}/login`,
  })
}
