import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { quoteView, sendQuote } from "../../../../../../lib/quotes"
import { notFound } from "../../../../../http"
import type { AdminSendQuote } from "../../../../../store/ordo/quotes/validators"

/** Sends the current version to the buyer, valid until the given date (default 30 days). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminSendQuote>>, res: MedusaResponse) {
  if (!(await quoteView(req.scope, { id: req.params.id }))) throw notFound("Quote", req.params.id)
  const until = req.validatedBody.valid_until ? new Date(req.validatedBody.valid_until) : undefined
  await sendQuote(req.scope, req.params.id, until)
  res.json({ quote: await quoteView(req.scope, { id: req.params.id }) })
}
