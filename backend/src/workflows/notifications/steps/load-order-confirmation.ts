import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderConfirmationMail } from "../../../queries/notifications/mail-data"

export const loadOrderConfirmationStepId = "ordo-load-order-confirmation"

/** The placed order's confirmation (recipient and contents), or null when nobody is to be told. Reads only. */
export const loadOrderConfirmationStep = createStep(
  loadOrderConfirmationStepId,
  async (input: { order_id: string }, { container }) =>
    new StepResponse((await orderConfirmationMail(container, input.order_id)) ?? null),
)
