import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const createCompanyAddressStepId = "ordo-create-company-address"

/** An address in a company's address book; compensation deletes it. */
export const createCompanyAddressStep = createStep(
  createCompanyAddressStepId,
  async (input: { company_id: string } & Record<string, unknown>, { container }) => {
    const address = await container.resolve<CompanyModuleService>(COMPANY_MODULE).createCompanyAddresses(input as any)
    return new StepResponse(address, address.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CompanyModuleService>(COMPANY_MODULE).deleteCompanyAddresses(id)
  },
)
