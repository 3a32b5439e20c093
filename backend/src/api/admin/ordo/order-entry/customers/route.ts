import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { searchCustomers } from "../../../../../queries/order-entry/customer-search"
import type { CustomerSearchQuery } from "../validators"

/** Staff: find the customer by company name, alias, tax id, buyer name, e-mail or phone, typos forgiven. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q } = req.validatedQuery as z.infer<typeof CustomerSearchQuery>
  res.json({ matches: await searchCustomers(req.scope, q ?? "") })
}
