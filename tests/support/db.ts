import pg from "pg"
import { stack } from "./api"

/** Reads the test database directly, to prove what was (not) written. */
export async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: stack().databaseUrl })
  await client.connect()
  try {
    return (await client.query(text, params)).rows as T[]
  } finally {
    await client.end()
  }
}

/** Seeded SKUs with at least `min` units available in one warehouse, in a stable order. */
export async function stockedSkus(count: number, min = 200): Promise<string[]> {
  const rows = await sql<{ sku: string }>(
    `select i.sku from inventory_item i join inventory_level l on l.inventory_item_id = i.id
      where i.deleted_at is null and i.sku not like 'TEST-%'
      group by i.sku having max(l.stocked_quantity - l.reserved_quantity) >= $1
      order by i.sku limit $2`,
    [min, count],
  )
  if (rows.length < count) throw new Error(`only ${rows.length} SKUs with ${min}+ units in stock`)
  return rows.map((r) => r.sku)
}

export type CapturedMail = {
  to: string[]
  subject: string | null
  template: string | null
  /** The text (of a multipart mail: its first text/plain part), decoded. */
  body: string
  /** Files sent with the mail: name, MIME type, size in bytes and the first bytes (a PDF starts "%PDF-"). */
  attachments?: { filename: string; content_type: string; size: number; head: string }[]
  raw: string
}

/** Every e-mail the backend has sent so far, in order (from the test SMTP server). */
export async function sentMails(): Promise<CapturedMail[]> {
  const { readFileSync } = await import("node:fs")
  return readFileSync(stack().mailLog, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l))
}
