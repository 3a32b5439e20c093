import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import type { QuoteAuthor } from "../types"

export const addQuoteMessageStepId = "ordo-add-quote-message"

/** A message in the quote's thread (nothing when the text is blank); compensation removes it. */
export const addQuoteMessageStep = createStep(
  addQuoteMessageStepId,
  async (input: { quote_id: string; author: QuoteAuthor; body?: string | null }, { container }) => {
    const body = input.body?.trim()
    if (!body) return new StepResponse(null, null)
    const message = await container.resolve<QuoteModuleService>(QUOTE_MODULE).createQuoteMessages({
      quote_id: input.quote_id,
      author_type: input.author.type,
      author_id: input.author.id,
      author_name: input.author.name,
      body,
    } as any)
    return new StepResponse(message, message.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<QuoteModuleService>(QUOTE_MODULE).deleteQuoteMessages(id)
  },
)
