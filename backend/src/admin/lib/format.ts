/** "1,234.50 CNY"; "—" for nothing. */
export const money = (x: unknown, currency: string) =>
  x == null || x === ""
    ? "—"
    : `${Number(x).toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency.toUpperCase()}`

/** The date part (YYYY-MM-DD) of a timestamp; "—" for nothing. */
export const day = (x: unknown) => (x ? new Date(String(x)).toISOString().slice(0, 10) : "—")

/** "12.3%"; "—" for nothing. */
export const pct = (x: unknown) => (x == null || x === "" ? "—" : `${Number(x).toFixed(1)}%`)

/** A name from a string or a `{ name, id }` record; "—" for nothing. */
export const nameOf = (x: any) => (x == null ? "—" : typeof x === "string" ? x : (x.name ?? x.id ?? "—"))

/** Aliases as typed, comma separated: "Acme, ACME Shanghai ," → ["Acme", "ACME Shanghai"]. */
export const splitAliases = (s: string) =>
  s
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean)

/** "2026-03-01 14:05" in the browser's time zone; "—" for nothing. */
export const dateTime = (x: unknown) => {
  if (!x) return "—"
  const d = new Date(String(x))
  if (Number.isNaN(d.getTime())) return "—"
  const p = (n: number) => String(n).padStart(2, "0")
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}
