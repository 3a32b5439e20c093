// Local secrets for `npm start`, the tests and the benchmark: generated once with Node's
// crypto and kept in the git-ignored .ordo/secrets.json, so sign-ins survive restarts and no
// secret in this repository is ever usable. Production sets its own (see README).
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { root } from "./install.mjs"

const NAMES = ["JWT_SECRET", "COOKIE_SECRET", "SESSION_SECRET", "ORDO_CHANNEL_KEY"]

export function localSecrets() {
  const dir = join(root, ".ordo")
  const file = join(dir, "secrets.json")
  let kept = {}
  if (existsSync(file)) {
    try {
      kept = JSON.parse(readFileSync(file, "utf8"))
    } catch {}
  }
  let changed = false
  for (const name of NAMES) {
    if (typeof kept[name] !== "string" || kept[name].length < 32) {
      kept[name] = randomBytes(32).toString("hex")
      changed = true
    }
  }
  if (changed) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(file, `${JSON.stringify(kept, null, 2)}\n`, { mode: 0o600 })
  }
  return Object.fromEntries(NAMES.map((n) => [n, kept[n]]))
}
