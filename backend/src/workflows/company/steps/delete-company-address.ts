import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const deleteCompanyAddressStepId = "ordo-delete-company-address"

/** Removes an address of the company (404 for another company's); compensation restores it. */
export const deleteCompanyAddressStep = createStep(
  deleteCompanyAddressStepId,
  async (input: { company_id: string; address_id: string }, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [address] = await companies.listCompanyAddresses({
      id: input.address_id,
      company_id: input.company_id,
    } as any)
    if (!address)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Address with id: ${input.address_id} was not found`)
    await companies.softDeleteCompanyAddresses([address.id])
    return new StepResponse(address.id as string, address.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CompanyModuleService>(COMPANY_MODULE).restoreCompanyAddresses([id])
  },
)
