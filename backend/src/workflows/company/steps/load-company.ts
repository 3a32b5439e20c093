import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const loadCompanyStepId = "ordo-load-company"

/** A company's name, currency and language (404 when there is none). Reads only. */
export const loadCompanyStep = createStep(loadCompanyStepId, async (companyId: string, { container }) => {
  const {
    data: [company],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "company",
    fields: ["id", "legal_name", "currency_code", "locale"],
    filters: { id: companyId },
  })
  if (!company) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${companyId} was not found`)
  return new StepResponse(company as { id: string; legal_name: string; currency_code: string; locale: string })
})
