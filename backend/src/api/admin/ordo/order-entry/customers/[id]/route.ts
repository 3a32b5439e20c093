import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerContext } from "../../../../../../queries/order-entry/customer-context"

/** Staff: what the entry screen fills in for a company (contacts, addresses, terms, history). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await customerContext(req.scope, req.params.id))
}
