import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { companyDetail } from "../../../../../queries/company/companies"
import { companyPriceLists } from "../../../../../queries/order-entry/customer-context"
import { listQuotes } from "../../../../../queries/quote/quotes"
import { updateCompanyWorkflow } from "../../../../../workflows/company/update-company"
import { notFound } from "../../../../http"
import type { AdminUpdateCompany } from "../validators"

/** Staff: one company with buyers, addresses, its contract price lists and its quotes. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const company = await companyDetail(req.scope, req.params.id)
  if (!company) throw notFound("Company", req.params.id)
  res.json({
    company,
    price_lists: await companyPriceLists(req.scope, company.customer_group?.id),
    quotes: await listQuotes(req.scope, { company_id: company.id }, 50),
  })
}

/** Staff: edit the company's names, tax id and language (currency is fixed once it has orders). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminUpdateCompany>>, res: MedusaResponse) {
  const { result: company } = await updateCompanyWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ company })
}
