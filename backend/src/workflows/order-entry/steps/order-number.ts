import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const orderNumberStepId = "ordo-order-number"

/** The display number of an order (none without an id). Reads only. */
export const orderNumberStep = createStep(orderNumberStepId, async (orderId: string | null, { container }) => {
  if (!orderId) return new StepResponse(null as number | null)
  const {
    data: [o],
  } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ["display_id"], filters: { id: orderId } })
  return new StepResponse(o?.display_id == null ? null : Number(o.display_id))
})
