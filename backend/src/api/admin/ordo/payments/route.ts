import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { recordPayment } from "../../../../lib/receivables"
import { INVOICE_MODULE } from "../../../../modules/invoice"
import type InvoiceModuleService from "../../../../modules/invoice/service"
import type { AdminRecordPayment } from "../invoices/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const filters: Record<string, unknown> = {}
  if (typeof req.query.company_id === "string") filters.company_id = req.query.company_id
  const payments = await req.scope
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listPaymentRecords(filters, { relations: ["allocations"], order: { received_at: "DESC" }, take: 200 })
  res.json({ payments })
}

/** Staff record a bank transfer, cash or cheque; allocated explicitly or oldest due first. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminRecordPayment>>, res: MedusaResponse) {
  const b = req.validatedBody
  const idempotencyKey = req.get("idempotency-key")
  const { payment, repeated } = await recordPayment(req.scope, {
    ...b,
    received_at: b.received_at ? new Date(b.received_at) : undefined,
    idempotency_key: idempotencyKey ? `admin:${idempotencyKey}` : null,
    recorded_by: req.auth_context.actor_id,
  })
  const [full] = await req.scope
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listPaymentRecords({ id: payment.id }, { relations: ["allocations"] })
  res.status(repeated ? 200 : 201).json({ payment: full })
}
