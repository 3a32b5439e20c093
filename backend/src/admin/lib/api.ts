/** Same-origin calls to Ordo's admin API with the dashboard's session cookie. */
export async function adminApi<T = any>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: init.body === undefined ? {} : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(json?.message ?? `HTTP ${res.status}`)
  return json as T
}

export const money = (x: unknown, currency: string) =>
  x == null || x === ""
    ? "—"
    : `${Number(x).toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency.toUpperCase()}`

export const day = (x: unknown) => (x ? new Date(String(x)).toISOString().slice(0, 10) : "—")

/** "SKU qty [price]" per line, tab or space separated; header rows and blanks skipped. */
export function parseQuoteLines(text: string) {
  const lines: { sku: string; quantity: number; unit_price?: string }[] = []
  const errors: string[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const cells = raw
      .trim()
      .split(/[\t ,]+/)
      .filter(Boolean)
    if (!cells.length || /^(sku|货号|编码)$/i.test(cells[0])) return
    const quantity = Number(cells[1])
    if (!Number.isInteger(quantity) || quantity < 1) errors.push(`Line ${i + 1}: quantity must be a whole number`)
    else lines.push({ sku: cells[0], quantity, ...(cells[2] ? { unit_price: cells[2] } : {}) })
  })
  return { lines, errors }
}
