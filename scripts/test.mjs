#!/usr/bin/env node
// `npm test`: installs what is missing (dependencies, Debian's chromium for the browser
// tests), builds, then runs every test with Vitest. The integration project boots its own
// throwaway database and servers (tests/global-setup.mjs).
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { ensureInstalled, root } from "./lib/install.mjs"

ensureInstalled()

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
if (!existsSync(CHROMIUM)) {
  console.log("[ordo] installing Debian's chromium for the browser tests (apt-get)…")
  const asRoot = process.getuid?.() === 0
  const apt = (args) =>
    spawnSync(asRoot ? "apt-get" : "sudo", asRoot ? args : ["apt-get", ...args], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    })
  apt(["update", "-qq"])
  const r = apt(["install", "-y", "-qq", "--no-install-recommends", "chromium"])
  if (r.status !== 0 || !existsSync(CHROMIUM)) {
    console.error("[ordo] could not install chromium; set CHROMIUM_PATH to a Chromium binary")
    process.exit(1)
  }
}

// One validate pass before the tests: lint/format (Biome) and strict type checks.
const step = (name, cmd, args, cwd = root) => {
  console.log(`[ordo] ${name}…`)
  const r = spawnSync(cmd, args, { cwd, stdio: "inherit" })
  if (r.status !== 0) {
    console.error(`[ordo] ${name} failed`)
    process.exit(r.status ?? 1)
  }
}
const bin = (pkg, file) => `${root}/node_modules/${pkg}/${file}`
step("lint (biome ci)", bin("@biomejs/biome", "bin/biome"), ["ci", "."])
step("typecheck backend", process.execPath, [bin("typescript", "bin/tsc"), "--noEmit", "-p", "backend"])
step("typecheck storefront", "npm", ["run", "typecheck", "-w", "storefront", "--silent"])

const { buildIfStale } = await import("./lib/stack.mjs")
buildIfStale()

const resultsFile = join(root, ".ordo", "test-results.json")
rmSync(resultsFile, { force: true })
const vitest = spawnSync(
  process.execPath,
  [
    "node_modules/vitest/vitest.mjs",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${resultsFile}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: "inherit", env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", CHROMIUM_PATH: CHROMIUM } },
)
// A plain closing line that any CI can read: "N passed, N failed[, N skipped]". The exit code
// follows the results too, not only Vitest's own code (a library's exit hook once turned a
// failing run's code into 0).
let failed = vitest.status !== 0
if (existsSync(resultsFile)) {
  const r = JSON.parse(readFileSync(resultsFile, "utf8"))
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`)
  if (r.numFailedTests > 0 || r.numFailedTestSuites > 0 || r.success === false) failed = true
} else {
  failed = true
}
process.exit(failed ? 1 : 0)
