import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"
import { notifyStep } from "../common/steps/notify"
import { addQuoteMessageStep } from "./steps/add-quote-message"
import { createQuoteStep } from "./steps/create-quote"
import { priceQuoteLinesStep } from "./steps/price-quote-lines"
import { resolveQuoteCartStep } from "./steps/resolve-quote-cart"

/**
 * A buyer's cart becomes a request for quote: version 1 at their contract prices, their message,
 * the cart emptied, and the sales managers told.
 */
export const requestQuoteFromCartWorkflow = createWorkflow(
  "ordo-request-quote-from-cart",
  (input: { cart_id: string; customer_id: string; message?: string; po_number?: string }) => {
    const cart = resolveQuoteCartStep(input)
    const priced = priceQuoteLinesStep(cart)
    const quote = createQuoteStep(
      transform({ input, cart, priced }, ({ input, cart, priced }) => ({
        ...priced,
        customer_id: input.customer_id,
        po_number: input.po_number,
        author: cart.author,
      })),
    )
    addQuoteMessageStep(
      transform({ input, cart, quote }, ({ input, cart, quote }) => ({
        quote_id: quote.id,
        author: cart.author,
        body: input.message,
      })),
    )
    deleteLineItemsWorkflow.runAsStep({
      input: transform({ input, cart }, ({ input, cart }) => ({ cart_id: input.cart_id, ids: cart.item_ids })),
    })
    notifyStep(
      transform({ quote, cart }, ({ quote, cart }) => ({
        to: { staff_role: "sales_manager" as const },
        template: "ordo-quote-requested",
        data: { quote_id: quote.id, quote_display_id: quote.display_id, requested_by: cart.author.name },
        idempotency_key: `ordo-quote-requested:${quote.id}`,
      })),
    )
    return new WorkflowResponse(quote)
  },
)
