/** Currencies Stripe counts in whole units (https://docs.stripe.com/currencies#zero-decimal). */
const ZERO_DECIMAL = new Set([
  "bif",
  "clp",
  "djf",
  "gnf",
  "jpy",
  "kmf",
  "krw",
  "mga",
  "pyg",
  "rwf",
  "ugx",
  "vnd",
  "vuv",
  "xaf",
  "xof",
  "xpf",
])
const THREE_DECIMAL = new Set(["bhd", "jod", "kwd", "omr", "tnd"])

export const stripeDecimals = (currency: string) =>
  ZERO_DECIMAL.has(currency.toLowerCase()) ? 0 : THREE_DECIMAL.has(currency.toLowerCase()) ? 3 : 2

/**
 * A decimal amount ("12.34") as Stripe's integer minor units (1234 for CNY, 12 for JPY),
 * rounded half up, exactly (no floating point).
 */
export function toMinorUnits(amount: string, currency: string): number {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(amount.trim())
  if (!m) throw new TypeError(`Not a non-negative decimal amount: "${amount}"`)
  const decimals = stripeDecimals(currency)
  const digits = `${m[2] ?? ""}${"0".repeat(decimals + 1)}`
  let units = BigInt(`${m[1]}${digits.slice(0, decimals)}`)
  if (Number(digits[decimals]) >= 5) units += 1n
  return Number(units)
}

/** Stripe's minor units as a decimal string with the currency's decimals (1234 CNY → "12.34"). */
export function fromMinorUnits(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor) || minor < 0) throw new TypeError(`Not a minor-unit amount: ${minor}`)
  const decimals = stripeDecimals(currency)
  if (!decimals) return String(minor)
  const s = String(minor).padStart(decimals + 1, "0")
  return `${s.slice(0, -decimals)}.${s.slice(-decimals)}`
}
