import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { listPayments } from "../../../../../../queries/receivables/invoices"
import { applyCreditWorkflow } from "../../../../../../workflows/receivables/apply-credit"
import type { AdminApplyCredit } from "../../../invoices/validators"

/** Finance: use a payment's remaining credit on invoices (explicit allocations, or oldest due first). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminApplyCredit>>, res: MedusaResponse) {
  await applyCreditWorkflow(req.scope).run({
    input: { payment_id: req.params.id, allocations: req.validatedBody.allocations },
  })
  const [payment] = await listPayments(req.scope, { id: req.params.id })
  res.json({ payment })
}
