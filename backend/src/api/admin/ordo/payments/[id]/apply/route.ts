import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { applyCredit } from "../../../../../../lib/receivables"
import type { AdminApplyCredit } from "../../../invoices/validators"

/** Staff: use a payment's remaining credit on invoices (explicit allocations, or oldest due first). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminApplyCredit>>, res: MedusaResponse) {
  res.json({ payment: await applyCredit(req.scope, req.params.id, req.validatedBody.allocations) })
}
