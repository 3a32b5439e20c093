import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invoiceDocument } from "../../../../../queries/receivables/invoice-document"
import { notFound } from "../../../../http"

/** Staff: an invoice with its lines and what it prints (order no., PO, buyer, seller, terms). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const doc = await invoiceDocument(req.scope, req.params.id)
  if (!doc) throw notFound("Invoice", req.params.id)
  const { invoice, company_name: _name, company_locale: _locale, ...details } = doc
  res.json({ invoice, ...details })
}
