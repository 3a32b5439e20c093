import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export const updateQuoteStepId = "ordo-update-quote"

/** Sets fields of a quote (status, dates, reason); compensation puts the old values back. */
export const updateQuoteStep = createStep(
  updateQuoteStepId,
  async (input: { id: string } & Record<string, unknown>, { container }) => {
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const before = (await quotes.retrieveQuote(input.id)) as Record<string, unknown>
    const restore = Object.fromEntries(Object.keys(input).map((k) => [k, before[k] ?? null]))
    const quote = await quotes.updateQuotes(input as any)
    return new StepResponse(quote, restore)
  },
  async (restore, { container }) => {
    if (restore) await container.resolve<QuoteModuleService>(QUOTE_MODULE).updateQuotes(restore as any)
  },
)
