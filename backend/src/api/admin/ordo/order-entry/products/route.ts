import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { entryProducts } from "../../../../../lib/order-entry"

/** Staff: products by SKU or name with the customer's price, stock per location and cost. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const companyId = String(req.query.company_id ?? "")
  if (!companyId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "company_id: required")
  res.json({ products: await entryProducts(req.scope, companyId, String(req.query.q ?? "")) })
}
