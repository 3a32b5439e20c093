import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { companyPriceLists } from "../../../../../lib/order-entry"
import { listQuotes } from "../../../../../lib/quotes"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { notFound } from "../../../../http"
import { COMPANY_FIELDS } from "../route"
import type { AdminUpdateCompany } from "../validators"

/** Staff: one company with buyers, addresses, its contract price lists and its quotes. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [company],
  } = await query.graph({
    entity: "company",
    fields: [...COMPANY_FIELDS, "addresses.*"],
    filters: { id: req.params.id },
  })
  if (!company) throw notFound("Company", req.params.id)
  res.json({
    company,
    price_lists: await companyPriceLists(req.scope, (company as any).customer_group?.id),
    quotes: await listQuotes(req.scope, { company_id: company.id }, 50),
  })
}

/** Staff: edit the company's names, tax id and language (currency is fixed once it has orders). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminUpdateCompany>>, res: MedusaResponse) {
  const companies = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [existing] = await companies.listCompanies({ id: req.params.id })
  if (!existing) throw notFound("Company", req.params.id)
  if (req.validatedBody.retail_default) {
    // At most one retail account: the previous one stops being it.
    const others = await companies.listCompanies({ retail_default: true } as any, { select: ["id"] })
    const stale = others.filter((c) => c.id !== req.params.id)
    if (stale.length) await companies.updateCompanies(stale.map((c) => ({ id: c.id, retail_default: false })) as any)
  }
  const company = await companies.updateCompanies({ id: req.params.id, ...req.validatedBody } as any)
  res.json({ company })
}
