import { createHash } from "node:crypto"

/** JSON with object keys sorted, so the same request always serialises the same way. */
export function canonicalJson(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonicalJson).join(",")}]`
  if (x && typeof x === "object") {
    const entries = Object.entries(x as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`
  }
  return JSON.stringify(x ?? null)
}

/**
 * A fingerprint of a request body, kept with an idempotency key: the same key with the same
 * body is a retry; with another body it is a mistake the client must hear about (422).
 */
export const requestHash = (body: unknown) => createHash("sha256").update(canonicalJson(body)).digest("hex")
