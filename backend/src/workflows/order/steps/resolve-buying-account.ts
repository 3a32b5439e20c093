import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buyingAccountOf } from "../../../queries/order/buying-account"

export const resolveBuyingAccountStepId = "ordo-resolve-buying-account"

/**
 * Gate: who may order on account. A company's buyer orders under the company; a customer
 * without one under the seller's retail account if the seller keeps one, and is refused
 * otherwise. Reads only; nothing to undo.
 */
export const resolveBuyingAccountStep = createStep(
  resolveBuyingAccountStepId,
  async (input: { customer_id: string }, { container }) => {
    const account = await buyingAccountOf(container, input.customer_id)
    if (!account) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "Your account is not linked to a company, so it cannot order on account. Ask the seller to open a company account for you.",
      )
    }
    return new StepResponse(account)
  },
)
