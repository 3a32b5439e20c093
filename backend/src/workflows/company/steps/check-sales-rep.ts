import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { salesRepCandidate } from "../../../queries/staff/sales-reps"

export const checkSalesRepStepId = "ordo-check-sales-rep"

/**
 * Gate: only a staff user holding the sales, sales manager or manager role can own customers
 * (null takes the customer away from its rep). Reads only; nothing to undo.
 */
export const checkSalesRepStep = createStep(
  checkSalesRepStepId,
  async (input: { sales_rep_id: string | null }, { container }) => {
    if (input.sales_rep_id === null) return new StepResponse(null)
    const candidate = await salesRepCandidate(container, input.sales_rep_id)
    if (candidate === undefined)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `sales_rep_id: no staff user ${input.sales_rep_id}`)
    if (!candidate)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "sales_rep_id: this staff member holds no sales role (Sales, Sales manager or Manager / owner); a manager can grant one under Staff roles",
      )
    return new StepResponse(input.sales_rep_id)
  },
)
