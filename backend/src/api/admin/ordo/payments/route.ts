import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { listPayments, paymentViews } from "../../../../queries/receivables/invoices"
import { recordPaymentWorkflow } from "../../../../workflows/receivables/record-payment"
import type { AdminListPayments, AdminRecordPayment } from "../invoices/validators"

/** Staff: payments, newest first, with the company's name and the invoices each settled; paged. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as z.infer<typeof AdminListPayments>
  res.json({ ...(await paymentViews(req.scope, q)), limit: q.limit, offset: q.offset })
}

/** Finance record a bank transfer, cash or cheque; allocated explicitly or oldest due first. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminRecordPayment>>, res: MedusaResponse) {
  const idempotencyKey = req.get("idempotency-key")
  const { result } = await recordPaymentWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      idempotency_key: idempotencyKey ? `admin:${idempotencyKey}` : null,
      recorded_by: req.auth_context.actor_id,
    },
  })
  const [payment] = await listPayments(req.scope, { id: result.payment.id })
  res.status(result.repeated ? 200 : 201).json({ payment })
}
