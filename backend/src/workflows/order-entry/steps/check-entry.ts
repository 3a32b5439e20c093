import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderAddress } from "../../../domain/address"
import { entryVerdict } from "../../../domain/order-entry"
import { checkEntry } from "../../../queries/order-entry/check-entry"
import { staffDraft } from "../../../queries/order-entry/drafts"
import type { SubmitEntryInput } from "../types"

export type EntryChecked = {
  verdict: ReturnType<typeof entryVerdict>
  company: { id: string; region_id: string; currency_code: string }
  buyer: { customer_id: string; email: string }
  address: OrderAddress | null
  channel_id: string
  tax_inclusive: boolean
  lines: {
    variant_id: string
    quantity: number
    unit_price: string
    list_price: string | null
    contract_price: string | null
  }[]
  shipping: string
}

export const checkEntryStepId = "ordo-check-entry"

/**
 * The entry priced and guarded (queries/order-entry/check-entry.ts) with its verdict: blocked,
 * warnings still to confirm, or ready. A draft being replaced must be a saved draft. Reads only.
 */
export const checkEntryStep = createStep(checkEntryStepId, async (input: SubmitEntryInput["entry"], { container }) => {
  if (input.draft_order_id) await staffDraft(container, input.draft_order_id)
  const checked = await checkEntry(container, input)
  const verdict = entryVerdict(checked.preview, {
    needs_address: input.action !== "quote",
    has_address: !!checked.address,
    confirmed: input.confirmed,
  })
  return new StepResponse<EntryChecked>({
    verdict,
    company: {
      id: checked.company.id as string,
      region_id: checked.company.region_id,
      currency_code: checked.company.currency_code as string,
    },
    buyer: { customer_id: checked.buyer.customer_id, email: checked.buyer.email },
    address: checked.address,
    channel_id: checked.channel_id,
    tax_inclusive: checked.preview.tax_inclusive,
    lines: checked.preview.lines.map((l) => ({
      variant_id: l.variant_id as string,
      quantity: l.quantity,
      unit_price: l.unit_price,
      list_price: l.list_price,
      contract_price: l.contract_price,
    })),
    shipping: checked.preview.totals.shipping,
  })
})
