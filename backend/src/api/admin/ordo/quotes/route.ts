import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { membershipOf, staffApprover } from "../../../../lib/approvals"
import { createQuote, listQuotes, quoteView } from "../../../../lib/quotes"
import { resolveLineVariants } from "../../../store/ordo/quotes/helpers"
import type { AdminCreateQuote } from "../../../store/ordo/quotes/validators"

/** Staff: all quotes, newest first; `?status=` and `?company_id=` narrow the list. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const filters: Record<string, unknown> = {}
  for (const k of ["status", "company_id"] as const) if (typeof req.query[k] === "string") filters[k] = req.query[k]
  res.json({ quotes: await listQuotes(req.scope, filters, 200) })
}

/** Staff create a quote for a company, addressed to one of its buyers. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreateQuote>>, res: MedusaResponse) {
  const body = req.validatedBody
  const membership = await membershipOf(req.scope, body.customer_id)
  if (!membership || membership.company_id !== body.company_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "customer_id: not a buyer of this company")
  }
  const staff = await staffApprover(req.scope, req.auth_context.actor_id)
  const quote = await createQuote(req.scope, {
    company_id: body.company_id,
    customer_id: body.customer_id,
    lines: await resolveLineVariants(req, body.lines),
    note: body.note,
    message: body.message,
    author: { type: "user", id: staff.id, name: staff.name },
    created_by: staff.id,
  })
  res.status(201).json({ quote: await quoteView(req.scope, { id: quote.id }) })
}
