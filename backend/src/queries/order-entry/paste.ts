import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { currencyDecimals, tooManyDecimals } from "../../domain/money"
import { MAX_ENTRY_LINES, parseEntryLines } from "../../domain/order-lines"
import { companyForQuoting } from "../quote/pricing"
import { variantsBySku } from "../stock/variants"

/** Pasted text → lines with their variants; unknown SKUs join the per-line errors. */
export async function parsePaste(container: MedusaContainer, companyId: string, text: string) {
  const company = await companyForQuoting(container, companyId)
  const currency = company.currency_code as string
  const parsed = parseEntryLines(text)
  if (parsed.too_many) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `text: ${parsed.too_many} lines pasted; at most ${MAX_ENTRY_LINES} lines can be entered at once. Nothing was read — split the order.`,
    )
  }
  const variants = await variantsBySku(
    container,
    parsed.lines.map((l) => l.sku),
  )
  const errors = [...parsed.errors]
  const lines = parsed.lines.flatMap((l) => {
    const v = variants.get(l.sku)
    if (!v) {
      errors.push({ line: l.line, raw: l.raw, sku: l.sku, code: "unknown_sku", error: `No product has SKU "${l.sku}"` })
      return []
    }
    if (l.unit_price != null && tooManyDecimals(l.unit_price, currency)) {
      errors.push({
        line: l.line,
        raw: l.raw,
        sku: l.sku,
        code: "invalid_price",
        error: `Price ${l.unit_price}: ${currency.toUpperCase()} prices have at most ${currencyDecimals(currency)} decimals`,
      })
      return []
    }
    return [{ ...l, sku: v.sku, variant_id: v.variant_id, title: v.title }]
  })
  errors.sort((a, b) => a.line - b.line)
  return { lines, errors }
}
