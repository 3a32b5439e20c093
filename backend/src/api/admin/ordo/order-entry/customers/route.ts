import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { searchCustomers } from "../../../../../lib/order-entry"

/** Staff: find the customer by company name, alias, tax id, buyer name, e-mail or phone, typos forgiven. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ matches: await searchCustomers(req.scope, String(req.query.q ?? "")) })
}
