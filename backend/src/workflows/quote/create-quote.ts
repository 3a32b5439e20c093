import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { QuoteLineInput } from "../../domain/quote-pricing"
import { addQuoteMessageStep } from "./steps/add-quote-message"
import { createQuoteStep } from "./steps/create-quote"
import { priceQuoteLinesStep } from "./steps/price-quote-lines"
import type { QuoteAuthor } from "./types"

export type CreateQuoteInput = {
  company_id: string
  customer_id: string
  lines: QuoteLineInput[]
  author: QuoteAuthor
  message?: string
  note?: string
  po_number?: string
  created_by?: string
}

/** A draft quote for a company, version 1 priced for it, with an opening message. */
export const createQuoteWorkflow = createWorkflow("ordo-create-quote", (input: CreateQuoteInput) => {
  const priced = priceQuoteLinesStep(input)
  const quote = createQuoteStep(
    transform({ input, priced }, ({ input, priced }) => ({ ...input, ...priced, company: priced.company })),
  )
  addQuoteMessageStep(
    transform({ input, quote }, ({ input, quote }) => ({
      quote_id: quote.id,
      author: input.author,
      body: input.message,
    })),
  )
  return new WorkflowResponse(quote)
})
