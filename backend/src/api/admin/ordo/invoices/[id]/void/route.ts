import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { invoiceWithLines } from "../../../../../../queries/receivables/invoices"
import { voidInvoiceWorkflow } from "../../../../../../workflows/receivables/void-invoice"
import type { AdminVoidInvoice } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminVoidInvoice>>, res: MedusaResponse) {
  await voidInvoiceWorkflow(req.scope).run({ input: { invoice_id: req.params.id, reason: req.validatedBody.reason } })
  res.json({ invoice: await invoiceWithLines(req.scope, req.params.id) })
}
