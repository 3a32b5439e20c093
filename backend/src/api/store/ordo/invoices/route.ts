import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { buyerScope } from "../../../../queries/company/buyer-scope"
import { listInvoiceViews } from "../../../../queries/receivables/invoices"
import { readingDate } from "../../../http"
import type { StoreListInvoices } from "../validators"

/** The company's invoices and credit notes, newest first, with balance and days overdue. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { as_of } = req.validatedQuery as z.infer<typeof StoreListInvoices>
  const now = readingDate(as_of)
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  if (!scope.membership) return res.json({ invoices: [] })
  const { invoices } = await listInvoiceViews(req.scope, { company_id: scope.membership.company_id }, now)
  res.json({ invoices })
}
