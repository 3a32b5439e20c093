import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { entryProducts } from "../../../../../queries/order-entry/entry-products"
import type { ProductSearchQuery } from "../validators"

/** Staff: products by SKU or name with the customer's price, stock per location and cost. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { company_id, q } = req.validatedQuery as z.infer<typeof ProductSearchQuery>
  res.json({ products: await entryProducts(req.scope, company_id, q ?? "") })
}
