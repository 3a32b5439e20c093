import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { QuoteLineInput } from "../../domain/quote-pricing"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { quoteLock } from "./lock"
import { addQuoteVersionStep } from "./steps/add-quote-version"
import { loadQuoteStep } from "./steps/load-quote"
import { priceQuoteLinesStep } from "./steps/price-quote-lines"
import type { QuoteAuthor } from "./types"

/** Staff revise the lines: a new version; a sent quote goes back to draft until it is sent again. */
export const reviseQuoteWorkflow = createWorkflow(
  "ordo-revise-quote",
  (input: { quote_id: string; lines: QuoteLineInput[]; note?: string; author: QuoteAuthor }) => {
    const lock = acquireLocksStep(transform({ input }, ({ input }) => quoteLock(input.quote_id)))
    const quote = loadQuoteStep(
      transform({ input }, ({ input }) => ({ quote_id: input.quote_id, verb: "revised" as const })),
    )
    const priced = priceQuoteLinesStep(
      transform({ input, quote }, ({ input, quote }) => ({ company_id: quote.company_id, lines: input.lines })),
    )
    const version = addQuoteVersionStep(
      transform({ input, priced }, ({ input, priced }) => ({
        quote_id: input.quote_id,
        lines: priced.lines,
        total: priced.total,
        note: input.note,
        author: input.author,
      })),
    )
    releaseLocksStep(lock)
    return new WorkflowResponse(version)
  },
)
