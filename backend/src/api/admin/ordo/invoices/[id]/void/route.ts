import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { invoiceView, voidInvoice } from "../../../../../../lib/receivables"
import type { AdminVoidInvoice } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminVoidInvoice>>, res: MedusaResponse) {
  const invoice = await voidInvoice(req.scope, req.params.id, req.validatedBody.reason)
  res.json({ invoice: invoiceView(invoice) })
}
