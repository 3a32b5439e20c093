import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const markCartCompletedStepId = "ordo-mark-cart-completed"

/** The cart became a waiting order: complete it so it cannot be checked out a second time. */
export const markCartCompletedStep = createStep(
  markCartCompletedStepId,
  async (cartId: string, { container }) => {
    await container.resolve(Modules.CART).updateCarts(cartId, { completed_at: new Date() })
    return new StepResponse(undefined, cartId)
  },
  async (cartId, { container }) => {
    if (cartId) await container.resolve(Modules.CART).updateCarts(cartId, { completed_at: null } as any)
  },
)
