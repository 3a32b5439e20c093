import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { customerApprover } from "../../../../../../queries/approval/approvers"
import { quoteView } from "../../../../../../queries/quote/quotes"
import { postQuoteMessageWorkflow } from "../../../../../../workflows/quote/post-quote-message"
import { companyQuote } from "../../helpers"
import type { QuoteMessageBody } from "../../validators"

/** The buyer writes in the quote's thread. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof QuoteMessageBody>>, res: MedusaResponse) {
  const { quote } = await companyQuote(req)
  const author = await customerApprover(req.scope, req.auth_context.actor_id)
  await postQuoteMessageWorkflow(req.scope).run({ input: { quote_id: quote.id, author, body: req.validatedBody.body } })
  res.status(201).json({ quote: await quoteView(req.scope, { id: quote.id }) })
}
