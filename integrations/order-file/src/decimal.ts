/**
 * Exact decimal arithmetic on money strings ("199.00", "-3.34"): each amount is an integer of
 * minor units (BigInt) and a scale, so no binary floating point ever touches a price.
 */
export type Decimal = { units: bigint; scale: number }

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/

/** "12.340" → { units: 12340n, scale: 3 }. Refuses exponents, blanks and anything else. */
export function parseDecimal(value: string | number): Decimal {
  const text = typeof value === "number" ? numberText(value) : String(value).trim()
  const m = DECIMAL.exec(text)
  if (!m || (!m[2] && !m[3])) throw new TypeError(`Not a decimal amount: "${value}"`)
  const frac = m[3] ?? ""
  const units = BigInt(`${m[2] || "0"}${frac}`)
  return { units: m[1] === "-" ? -units : units, scale: frac.length }
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new TypeError(`Not a decimal amount: ${n}`)
  const s = String(n)
  if (/e/i.test(s)) throw new TypeError(`Not a decimal amount: ${n}`)
  return s
}

export function formatDecimal(d: Decimal): string {
  const negative = d.units < 0n
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, "0")
  const text = d.scale ? `${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}` : digits
  return negative ? `-${text}` : text
}

const pow10 = (n: number) => 10n ** BigInt(n)

function rescale(d: Decimal, scale: number): Decimal {
  if (scale < d.scale) throw new RangeError("rescale only widens")
  return { units: d.units * pow10(scale - d.scale), scale }
}

/** The exact sum, at the widest scale of its terms (at least `minScale`). */
export function addDecimals(values: readonly (string | number)[], minScale = 2): string {
  const parsed = values.map(parseDecimal)
  const scale = Math.max(minScale, ...parsed.map((d) => d.scale))
  return formatDecimal({ units: parsed.reduce((sum, d) => sum + rescale(d, scale).units, 0n), scale })
}

export function subtractDecimals(a: string | number, b: string | number, minScale = 2): string {
  const y = parseDecimal(b)
  return addDecimals([a, formatDecimal({ units: -y.units, scale: y.scale })], minScale)
}

/** An amount times a whole number, exactly. */
export function multiplyDecimal(a: string | number, n: number | bigint, minScale = 2): string {
  if (typeof n === "number" && !Number.isSafeInteger(n)) throw new TypeError(`Not a whole number: ${n}`)
  const d = parseDecimal(a)
  const scale = Math.max(minScale, d.scale)
  return formatDecimal({ units: rescale(d, scale).units * BigInt(n), scale })
}

/** An amount divided by a whole number, rounded half away from zero to `scale` places. */
export function divideDecimal(a: string | number, n: number | bigint, scale: number): string {
  const divisor = BigInt(n)
  if (divisor <= 0n) throw new RangeError(`Cannot divide by ${n}`)
  const d = parseDecimal(a)
  const negative = d.units < 0n
  const numerator = (negative ? -d.units : d.units) * pow10(scale)
  const denominator = pow10(d.scale) * divisor
  let q = numerator / denominator
  if ((numerator % denominator) * 2n >= denominator) q += 1n
  return formatDecimal({ units: negative ? -q : q, scale })
}

export function compareDecimals(a: string | number, b: string | number): -1 | 0 | 1 {
  const x = parseDecimal(a)
  const y = parseDecimal(b)
  const scale = Math.max(x.scale, y.scale)
  const l = rescale(x, scale).units
  const r = rescale(y, scale).units
  return l < r ? -1 : l > r ? 1 : 0
}

export const isZeroDecimal = (a: string | number) => parseDecimal(a).units === 0n

/** The amount without its sign ("-0.50" → "0.50"). */
export function absDecimal(a: string | number): string {
  const d = parseDecimal(a)
  return formatDecimal({ units: d.units < 0n ? -d.units : d.units, scale: d.scale })
}
