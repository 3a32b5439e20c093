import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVOICE_MODULE } from "../../../../modules/invoice"
import type InvoiceModuleService from "../../../../modules/invoice/service"
import { buyerScope } from "../../../../queries/company/buyer-scope"

/** The company's payments, newest first, with the invoices each settled. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  if (!scope.membership) return res.json({ payments: [] })
  const invoices = req.scope.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const payments = await invoices.listPaymentRecords(
    { company_id: scope.membership.company_id },
    { relations: ["allocations"], order: { received_at: "DESC" }, take: 200 },
  )
  const ids = [...new Set(payments.flatMap((p) => (p.allocations ?? []).map((a: any) => a.invoice_id)))]
  const numbers = new Map((ids.length ? await invoices.listInvoices({ id: ids }) : []).map((i) => [i.id, i.number]))
  res.json({
    payments: payments.map(({ recorded_by: _staff, idempotency_key: _key, ...p }: any) => ({
      ...p,
      allocations: (p.allocations ?? []).map((a: any) => ({ ...a, invoice_number: numbers.get(a.invoice_id) })),
    })),
  })
}
