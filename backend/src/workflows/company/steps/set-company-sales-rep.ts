import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const setCompanySalesRepStepId = "ordo-set-company-sales-rep"

/** Gives a company to a sales rep (or to nobody); compensation gives it back to the previous rep. */
export const setCompanySalesRepStep = createStep(
  setCompanySalesRepStepId,
  async (input: { company_id: string; sales_rep_id: string | null }, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [before] = await companies.listCompanies({ id: input.company_id }, { select: ["id", "sales_rep_id"] })
    if (!before)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${input.company_id} was not found`)
    const previous = ((before as any).sales_rep_id as string | null) ?? null
    await companies.updateCompanies({ id: input.company_id, sales_rep_id: input.sales_rep_id } as any)
    return new StepResponse(
      { company_id: input.company_id, sales_rep_id: input.sales_rep_id, previous_rep_id: previous },
      { company_id: input.company_id, previous },
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .updateCompanies({ id: undo.company_id, sales_rep_id: undo.previous } as any)
  },
)
