import { MathBN } from "@medusajs/framework/utils"

/** Decimal money helpers over Medusa's BigNumber (bignumber.js). Never JS floats for amounts. */
export type Decimal = ReturnType<typeof MathBN.convert>

/** Minor-unit digits per currency; CNY and USD have two. */
export const currencyDecimals = (currency: string) => ({ jpy: 0, krw: 0, vnd: 0 })[currency.toLowerCase() as "jpy"] ?? 2

export const dec = (x: unknown): Decimal => MathBN.convert((x ?? 0) as any)

/** Rounded half-up to the currency's digits, as a plain decimal string ("1234.50"). */
export const toAmount = (x: unknown, currency: string) => dec(x).toFixed(currencyDecimals(currency), 4)

/** True when `x` has more fractional digits than the currency allows. */
export const tooManyDecimals = (x: unknown, currency: string) =>
  (dec(x).decimalPlaces() ?? 0) > currencyDecimals(currency)

export const sumAmounts = (xs: unknown[]) => xs.reduce<Decimal>((a, x) => a.plus(dec(x)), dec(0))

/** "12,345.60 CNY"-style figure for e-mails and PDFs; the storefront formats with Intl. */
export const formatAmount = (x: unknown, currency: string) =>
  `${dec(x).toFormat(currencyDecimals(currency), 4)} ${currency.toUpperCase()}`
