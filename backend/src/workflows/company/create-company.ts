import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerGroupsStep, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "../../modules/company"
import { checkSellsInStep } from "./steps/check-sells-in"
import { createCompanyStep, type NewCompany } from "./steps/create-company"

/**
 * A new company with its own Medusa customer group (the group its contract price lists target),
 * linked. A company buys in a currency only if a region sells in it.
 */
export const createCompanyWorkflow = createWorkflow("ordo-create-company", (input: NewCompany) => {
  checkSellsInStep(input)
  const groups = createCustomerGroupsStep(transform({ input }, ({ input }) => [{ name: input.legal_name }]))
  const company = createCompanyStep(input)
  createRemoteLinkStep(
    transform({ company, groups }, ({ company, groups }) => [
      { [COMPANY_MODULE]: { company_id: company.id }, [Modules.CUSTOMER]: { customer_group_id: groups[0].id } },
    ]),
  )
  return new WorkflowResponse(company)
})
