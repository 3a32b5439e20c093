import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkSalesRepStep } from "./steps/check-sales-rep"
import { setCompanySalesRepStep } from "./steps/set-company-sales-rep"

/**
 * A sales manager gives a customer to a sales rep (or takes it away with null). Orders and
 * quotes already placed keep the rep they were placed under; new ones follow the new rep.
 */
export const assignSalesRepWorkflow = createWorkflow(
  "ordo-assign-sales-rep",
  (input: { company_id: string; sales_rep_id: string | null }) => {
    const rep = checkSalesRepStep(transform({ input }, ({ input }) => ({ sales_rep_id: input.sales_rep_id })))
    const assigned = setCompanySalesRepStep(
      transform({ input, rep }, ({ input, rep }) => ({ company_id: input.company_id, sales_rep_id: rep })),
    )
    return new WorkflowResponse(assigned)
  },
)
