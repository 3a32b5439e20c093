import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { staffApprover } from "../../../../../../lib/approvals"
import { quoteView, reviseQuote } from "../../../../../../lib/quotes"
import { notFound } from "../../../../../http"
import { resolveLineVariants } from "../../../../../store/ordo/quotes/helpers"
import type { AdminReviseQuote } from "../../../../../store/ordo/quotes/validators"

/** A staff revision: a new version with the given lines. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminReviseQuote>>, res: MedusaResponse) {
  if (!(await quoteView(req.scope, { id: req.params.id }))) throw notFound("Quote", req.params.id)
  const staff = await staffApprover(req.scope, req.auth_context.actor_id)
  await reviseQuote(req.scope, req.params.id, {
    lines: await resolveLineVariants(req, req.validatedBody.lines),
    note: req.validatedBody.note,
    author: { type: "user", id: staff.id, name: staff.name },
  })
  res.status(201).json({ quote: await quoteView(req.scope, { id: req.params.id }) })
}
