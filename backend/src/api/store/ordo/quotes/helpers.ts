import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { QuoteLineInput } from "../../../../domain/quote-pricing"
import { quoteView } from "../../../../lib/quotes"
import { buyerScope } from "../../../../queries/company/buyer-scope"
import { notFound } from "../../../http"
import type { QuoteLineBodyType } from "./validators"

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

/** Lines given by SKU become variant ids; an unknown SKU is named. */
export async function resolveLineVariants(
  req: AuthenticatedMedusaRequest<any>,
  lines: QuoteLineBodyType[],
): Promise<QuoteLineInput[]> {
  const skus = lines.filter((l) => !l.variant_id).map((l) => l.sku as string)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = skus.length
    ? await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: skus } })
    : { data: [] as any[] }
  const bySku = new Map(data.map((v: any) => [v.sku, v.id]))
  return lines.map((l, i) => {
    const variant_id = l.variant_id ?? bySku.get(l.sku)
    if (!variant_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines.${i}.sku: unknown SKU ${l.sku}`)
    return { variant_id, quantity: l.quantity, unit_price: l.unit_price, discount_percent: l.discount_percent }
  })
}
