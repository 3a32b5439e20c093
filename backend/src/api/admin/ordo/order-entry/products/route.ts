import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { entryProducts } from "../../../../../queries/order-entry/entry-products"
import type { ProductSearchQuery } from "../validators"

/** Staff: products by any words of name, size or SKU (best first) with the customer's price, stock and cost. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { company_id, q } = req.validatedQuery as z.infer<typeof ProductSearchQuery>
  res.json(await entryProducts(req.scope, company_id, q ?? ""))
}
