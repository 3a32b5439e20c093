import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { quoteView, rejectQuote } from "../../../../../../lib/quotes"
import { companyQuote, mayActOnQuote } from "../../helpers"
import type { StoreRejectQuote } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof StoreRejectQuote>>, res: MedusaResponse) {
  const { quote, scope } = await companyQuote(req)
  mayActOnQuote(scope.membership?.role)
  await rejectQuote(req.scope, quote.id, req.validatedBody.reason)
  res.json({ quote: await quoteView(req.scope, { id: quote.id }) })
}
