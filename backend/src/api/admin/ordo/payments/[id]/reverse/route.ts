import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { reversePayment } from "../../../../../../lib/receivables"
import { INVOICE_MODULE } from "../../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../../modules/invoice/service"
import type { AdminReversePayment } from "../../../invoices/validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminReversePayment>>, res: MedusaResponse) {
  await reversePayment(req.scope, req.params.id, req.validatedBody.reason)
  const payment = await req.scope.resolve<InvoiceModuleService>(INVOICE_MODULE).retrievePaymentRecord(req.params.id)
  res.json({ payment })
}
