import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quoteAcceptedMail } from "../../../queries/notifications/mail-data"

export const loadQuoteAcceptedMailStepId = "ordo-load-quote-accepted-mail"

/** What sales are told about an accepted quote, or null if the quote is gone. Reads only. */
export const loadQuoteAcceptedMailStep = createStep(
  loadQuoteAcceptedMailStepId,
  async (input: { quote_id: string; order_id?: string | null; status?: string | null }, { container }) =>
    new StepResponse((await quoteAcceptedMail(container, input.quote_id, input)) ?? null),
)
