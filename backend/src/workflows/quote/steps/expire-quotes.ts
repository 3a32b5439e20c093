import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export const expireQuotesStepId = "ordo-expire-quotes"

/**
 * Sent quotes past their validity (all, or the ones named) become expired. A lapsed quote is
 * expired whatever happens next, so a failure later in the workflow does not revive it: no
 * compensation.
 */
export const expireQuotesStep = createStep(
  expireQuotesStepId,
  async (input: { quote_ids?: string[]; now?: Date | string }, { container }) => {
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const now = input.now ? new Date(input.now) : new Date()
    const due = await quotes.listQuotes(
      { status: "sent", valid_until: { $lt: now }, ...(input.quote_ids ? { id: input.quote_ids } : {}) } as any,
      { select: ["id"] },
    )
    if (due.length) await quotes.updateQuotes(due.map((q) => ({ id: q.id, status: "expired" })) as any)
    return new StepResponse(due.map((q) => q.id as string))
  },
)
