import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { listPayments } from "../../../../../../queries/receivables/invoices"
import { reversePaymentWorkflow } from "../../../../../../workflows/receivables/reverse-payment"
import type { AdminReversePayment } from "../../../invoices/validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminReversePayment>>, res: MedusaResponse) {
  await reversePaymentWorkflow(req.scope).run({
    input: { payment_id: req.params.id, reason: req.validatedBody.reason },
  })
  const [payment] = await listPayments(req.scope, { id: req.params.id })
  res.json({ payment })
}
