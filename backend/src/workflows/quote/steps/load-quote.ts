import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict } from "../../../domain/errors"
import { type QuoteVerb, quoteTransitionRefusal } from "../../../domain/quote-status"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export const loadQuoteStepId = "ordo-load-quote"

const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10)

/**
 * The quote, read under its lock, if it may be `verb`ed in its state (domain/quote-status.ts).
 * An ordered quote's refusal names its order (exactly one order per quote: a double click or a
 * colleague's retry is told where it is); an expired one names its date. Reads only.
 */
export const loadQuoteStep = createStep(
  loadQuoteStepId,
  async (input: { quote_id: string; verb: QuoteVerb }, { container }) => {
    const [quote] = (await container
      .resolve<QuoteModuleService>(QUOTE_MODULE)
      .listQuotes({ id: input.quote_id })) as any[]
    if (!quote) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Quote with id: ${input.quote_id} was not found`)
    if (input.verb === "accepted" && quote.status === "ordered" && quote.order_id) {
      const {
        data: [order],
      } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["display_id"], filters: { id: quote.order_id } })
      throw conflict(`This quote was already accepted and ordered as order #${order?.display_id ?? quote.order_id}`)
    }
    if (input.verb === "accepted" && quote.status === "expired" && quote.valid_until) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This quote expired on ${day(quote.valid_until)}`)
    }
    const refusal = quoteTransitionRefusal(quote.status, input.verb)
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    return new StepResponse(
      quote as { id: string; status: string; current_version: number; company_id: string } & Record<string, any>,
    )
  },
)
