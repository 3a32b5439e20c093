import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { staffApprover } from "../../../../../../queries/approval/approvers"
import { quoteLineVariants } from "../../../../../../queries/quote/line-variants"
import { quoteView } from "../../../../../../queries/quote/quotes"
import { reviseQuoteWorkflow } from "../../../../../../workflows/quote/revise-quote"
import { existingQuote } from "../../../../../store/ordo/quotes/helpers"
import type { AdminReviseQuote } from "../../../../../store/ordo/quotes/validators"

/** A staff revision: a new version with the given lines. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminReviseQuote>>, res: MedusaResponse) {
  const quote = await existingQuote(req)
  const { id, name } = await staffApprover(req.scope, req.auth_context.actor_id)
  await reviseQuoteWorkflow(req.scope).run({
    input: {
      quote_id: quote.id,
      lines: await quoteLineVariants(req.scope, req.validatedBody.lines),
      note: req.validatedBody.note,
      author: { type: "user", id, name },
    },
  })
  res.status(201).json({ quote: await quoteView(req.scope, { id: quote.id }) })
}
