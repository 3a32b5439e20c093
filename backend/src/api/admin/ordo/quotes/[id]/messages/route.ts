import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { staffApprover } from "../../../../../../queries/approval/approvers"
import { quoteView } from "../../../../../../queries/quote/quotes"
import { postQuoteMessageWorkflow } from "../../../../../../workflows/quote/post-quote-message"
import { existingQuote } from "../../../../../store/ordo/quotes/helpers"
import type { QuoteMessageBody } from "../../../../../store/ordo/quotes/validators"

/** Staff: a message in the quote's thread. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof QuoteMessageBody>>, res: MedusaResponse) {
  const quote = await existingQuote(req)
  const { id, name } = await staffApprover(req.scope, req.auth_context.actor_id)
  await postQuoteMessageWorkflow(req.scope).run({
    input: { quote_id: quote.id, author: { type: "user", id, name }, body: req.validatedBody.body },
  })
  res.status(201).json({ quote: await quoteView(req.scope, { id: quote.id }) })
}
