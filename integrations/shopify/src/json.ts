/**
 * Shopify's REST API writes ids as bare JSON numbers, and real ids (order 820982911946154508 in
 * Shopify's own webhook samples) exceed Number.MAX_SAFE_INTEGER, so JSON.parse would silently
 * round them. Before parsing, every integer value of an id-like key ("id" or "…_id") is turned
 * into a string; the scan consumes whole string literals first, so text inside a string (a
 * note that reads `"id": 5`) is never touched. Arrays of ids and other numbers stay numbers.
 * Writing does the reverse: digit-only string values of id-like keys become bare numbers, as
 * Shopify's request examples send them.
 */
const ID_KEY = /^(?:id|.*_id)$/
const READ = /("(?:[^"\\]|\\.)*")(?:(\s*:\s*)(-?\d+)(?=\s*[,}]))?/g
const WRITE = /("(?:[^"\\]|\\.)*")(?::"(0|[1-9]\d*)"(?=[,}]))?/g

const keyOf = (literal: string) => {
  try {
    return JSON.parse(literal) as string
  } catch {
    return ""
  }
}

export function parseShopifyJson<T = unknown>(text: string): T {
  const safe = text.replace(READ, (match, key: string, colon?: string, digits?: string) =>
    digits !== undefined && ID_KEY.test(keyOf(key)) ? `${key}${colon}"${digits}"` : match,
  )
  return JSON.parse(safe) as T
}

export function stringifyShopifyJson(value: unknown): string {
  return JSON.stringify(value).replace(WRITE, (match, key: string, digits?: string) =>
    digits !== undefined && ID_KEY.test(keyOf(key)) ? `${key}:${digits}` : match,
  )
}

/**
 * An id as a string: strings as they are, safe integers as digits, and for an unsafe number
 * (parsed by someone else with JSON.parse) the digits of the object's `admin_graphql_api_id`.
 */
export function idString(id: unknown, gid?: unknown): string | undefined {
  if (typeof id === "string" && id) return id
  if (typeof id === "bigint") return id.toString()
  if (typeof id === "number" && Number.isSafeInteger(id)) return String(id)
  if (typeof gid === "string") {
    const m = /^gid:\/\/shopify\/[^/]+\/(\d+)/.exec(gid)
    if (m) return m[1]
  }
  return undefined
}
