import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { buyerScope } from "../../../../queries/company/buyer-scope"
import { quoteView } from "../../../../queries/quote/quotes"
import { notFound } from "../../../http"

/** The quote if it belongs to the signed-in buyer's company; 404 otherwise (nothing revealed). */
export async function companyQuote(req: AuthenticatedMedusaRequest<any>) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  const quote = scope.membership
    ? await quoteView(req.scope, { id: req.params.id, company_id: scope.membership.company_id })
    : undefined
  if (!quote) throw notFound("Quote", req.params.id)
  return { quote, scope }
}

/** Finance users follow quotes; admins and buyers act on them. */
export function mayActOnQuote(role: string | undefined) {
  if (role !== "admin" && role !== "buyer") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only company admins and buyers can accept or reject quotes")
  }
}

/** A staff quote exists (404 otherwise) — checked before a staff write names it. */
export async function existingQuote(req: AuthenticatedMedusaRequest<any>) {
  const quote = await quoteView(req.scope, { id: req.params.id })
  if (!quote) throw notFound("Quote", req.params.id)
  return quote
}
