import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const checkSellsInStepId = "ordo-check-sells-in"

/** A company buys in a currency only if a region sells in it. Reads only. */
export const checkSellsInStep = createStep(
  checkSellsInStepId,
  async (input: { currency_code: string }, { container }) => {
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "region", fields: ["id"], filters: { currency_code: input.currency_code } })
    if (!data.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `currency_code: no region sells in ${input.currency_code.toUpperCase()}`,
      )
    }
    return new StepResponse(data[0].id as string)
  },
)
