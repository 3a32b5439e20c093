import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { salesRepsFor } from "../../../../queries/staff/sales-reps"

/**
 * Staff: who can own customers (staff holding Sales, Sales manager or Manager / owner), by name;
 * whether the caller may assign customers, and whether they are held to their own.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await salesRepsFor(req.scope, req.auth_context.actor_id))
}
