import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export const markQuoteOrderedStepId = "ordo-mark-quote-ordered"

/** The quote becomes "ordered" with its order and PO number; compensation restores it. */
export const markQuoteOrderedStep = createStep(
  markQuoteOrderedStepId,
  async (input: { quote_id: string; order_id: string; po_number: string | null }, { container }) => {
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const before = await quotes.retrieveQuote(input.quote_id)
    await quotes.updateQuotes({
      id: input.quote_id,
      status: "ordered",
      order_id: input.order_id,
      po_number: input.po_number ?? before.po_number,
      decided_at: before.decided_at ?? new Date(),
    } as any)
    return new StepResponse(undefined, {
      id: before.id,
      status: before.status,
      order_id: before.order_id,
      po_number: before.po_number,
      decided_at: before.decided_at,
    })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).updateQuotes(before as any)
  },
)
