import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invoiceWithLines } from "../../../../../queries/receivables/invoices"
import { notFound } from "../../../../http"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const invoice = await invoiceWithLines(req.scope, req.params.id)
  if (!invoice) throw notFound("Invoice", req.params.id)
  res.json({ invoice })
}
