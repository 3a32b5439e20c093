// Dependency bootstrap shared by `npm start`, `npm test` and `npm run bench`.
// Uses only Node built-ins: it runs before anything is installed.
import { spawnSync } from "node:child_process"
import { existsSync, statSync } from "node:fs"
import { join } from "node:path"

export const root = new URL("../..", import.meta.url).pathname.replace(/\/$/, "")

/** Runs `npm install` when node_modules is missing or older than the lockfile. */
export function ensureInstalled() {
  const marker = join(root, "node_modules", ".package-lock.json")
  const lock = join(root, "package-lock.json")
  const stale =
    !existsSync(marker) ||
    (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs) ||
    !existsSync(join(root, "node_modules", "@medusajs", "medusa"))
  if (!stale) return
  console.log("[ordo] installing dependencies (npm install)…")
  // `npm ci` is not usable here: the registry mirror lacks some other-platform optional
  // packages that a lockfile lists. `npm install` respects the lockfile all the same.
  const r = spawnSync("npm", ["install", "--no-audit", "--no-fund"], {
    cwd: root,
    stdio: "inherit",
  })
  if (r.status !== 0) {
    console.error("[ordo] npm install failed")
    process.exit(r.status ?? 1)
  }
}
