import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { customerApprover } from "../../../../../../lib/approvals"
import { addQuoteMessage, quoteView } from "../../../../../../lib/quotes"
import { companyQuote } from "../../helpers"
import type { QuoteMessageBody } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof QuoteMessageBody>>, res: MedusaResponse) {
  const { quote } = await companyQuote(req)
  const me = await customerApprover(req.scope, req.auth_context.actor_id)
  await addQuoteMessage(req.scope, quote.id, { type: "customer", id: me.id, name: me.name }, req.validatedBody.body)
  res.status(201).json({ quote: await quoteView(req.scope, { id: quote.id }) })
}
