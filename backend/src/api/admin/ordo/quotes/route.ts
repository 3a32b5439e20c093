import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { staffApprover } from "../../../../queries/approval/approvers"
import { membershipOf } from "../../../../queries/company/membership"
import { quoteLineVariants } from "../../../../queries/quote/line-variants"
import { listQuotes, quoteView } from "../../../../queries/quote/quotes"
import { createQuoteWorkflow } from "../../../../workflows/quote/create-quote"
import type { AdminCreateQuote, QuoteListQuery } from "../../../store/ordo/quotes/validators"

/** Staff: all quotes, newest first; `?status=` and `?company_id=` narrow the list. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ quotes: await listQuotes(req.scope, req.validatedQuery as z.infer<typeof QuoteListQuery>, 200) })
}

/** Staff create a quote for a company, addressed to one of its buyers. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreateQuote>>, res: MedusaResponse) {
  const body = req.validatedBody
  const membership = await membershipOf(req.scope, body.customer_id)
  if (!membership || membership.company_id !== body.company_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "customer_id: not a buyer of this company")
  }
  const { id, name } = await staffApprover(req.scope, req.auth_context.actor_id)
  const { result: quote } = await createQuoteWorkflow(req.scope).run({
    input: {
      company_id: body.company_id,
      customer_id: body.customer_id,
      lines: await quoteLineVariants(req.scope, body.lines),
      note: body.note,
      message: body.message,
      author: { type: "user", id, name },
      created_by: id,
    },
  })
  res.status(201).json({ quote: await quoteView(req.scope, { id: quote.id }) })
}
