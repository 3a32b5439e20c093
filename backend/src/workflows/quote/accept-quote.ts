import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { placeOrderWorkflow } from "../order/place-order"
import { QUOTE_EVENTS } from "./events"
import { quoteLock } from "./lock"
import { expireQuotesStep } from "./steps/expire-quotes"
import { loadQuoteStep } from "./steps/load-quote"

export type AcceptQuoteInput = {
  quote_id: string
  customer_id: string
  address_id: string
  po_number?: string
  sales_channel_id: string
}

/**
 * Accepting a sent quote places its order in one go: the quote's current version — its lines,
 * quantities and prices, exactly — through the place-order workflow (approvals, credit, stock
 * under lock, PO number), which marks the quote ordered. No cart is involved, so nothing a buyer
 * edits can change a quoted line. One order per quote: the quote's lock serialises concurrent
 * accepts and accepting an ordered quote is refused naming its order. A lapsed quote expires.
 * Sales hear of it through `ordo.quote.accepted` (sent once the acceptance has gone through).
 */
export const acceptQuoteWorkflow = createWorkflow("ordo-accept-quote", (input: AcceptQuoteInput) => {
  const lock = acquireLocksStep(transform({ input }, ({ input }) => quoteLock(input.quote_id)))
  expireQuotesStep(transform({ input }, ({ input }) => ({ quote_ids: [input.quote_id] })))
  const quote = loadQuoteStep(
    transform({ input }, ({ input }) => ({ quote_id: input.quote_id, verb: "accepted" as const })),
  )
  const placed = placeOrderWorkflow.runAsStep({
    input: transform({ input, quote }, ({ input, quote }) => ({
      channel: "quote" as const,
      customer_id: input.customer_id,
      sales_channel_id: input.sales_channel_id,
      quote_id: quote.id,
      address_id: input.address_id,
      po_number: input.po_number ?? (quote.po_number as string | null),
    })),
  })
  emitEventStep({
    eventName: QUOTE_EVENTS.accepted,
    data: transform({ quote, placed }, ({ quote, placed }) => ({
      id: quote.id,
      order_id: placed.order_id,
      status: placed.status,
    })),
  }).config({ name: "ordo-emit-quote-accepted" })
  releaseLocksStep(lock)
  return new WorkflowResponse(
    transform({ placed }, ({ placed }) => ({ order_id: placed.order_id, status: placed.status })),
  )
})
