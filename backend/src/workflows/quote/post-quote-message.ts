import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addQuoteMessageStep } from "./steps/add-quote-message"
import type { QuoteAuthor } from "./types"

/** A message in a quote's thread, from the buyer or from staff. */
export const postQuoteMessageWorkflow = createWorkflow(
  "ordo-post-quote-message",
  (input: { quote_id: string; author: QuoteAuthor; body: string }) => new WorkflowResponse(addQuoteMessageStep(input)),
)
