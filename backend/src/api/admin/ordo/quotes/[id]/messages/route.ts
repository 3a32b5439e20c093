import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { staffApprover } from "../../../../../../lib/approvals"
import { addQuoteMessage, quoteView } from "../../../../../../lib/quotes"
import { notFound } from "../../../../../http"
import type { QuoteMessageBody } from "../../../../../store/ordo/quotes/validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof QuoteMessageBody>>, res: MedusaResponse) {
  if (!(await quoteView(req.scope, { id: req.params.id }))) throw notFound("Quote", req.params.id)
  const staff = await staffApprover(req.scope, req.auth_context.actor_id)
  await addQuoteMessage(
    req.scope,
    req.params.id,
    { type: "user", id: staff.id, name: staff.name },
    req.validatedBody.body,
  )
  res.status(201).json({ quote: await quoteView(req.scope, { id: req.params.id }) })
}
