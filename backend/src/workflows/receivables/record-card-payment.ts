import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StripePaymentEvent } from "@ordo/stripe"
import { recordPaymentWorkflow } from "./record-payment"
import { resolveCardPaymentStep } from "./steps/resolve-card-payment"

/** A card payment Stripe's signed webhook confirmed, booked against its invoice once. */
export const recordCardPaymentWorkflow = createWorkflow(
  "ordo-record-card-payment",
  (input: Extract<StripePaymentEvent, { kind: "card_payment" }>) => {
    const payment = resolveCardPaymentStep(input)
    const recorded = recordPaymentWorkflow.runAsStep({ input: payment })
    return new WorkflowResponse(transform({ recorded }, ({ recorded }) => recorded))
  },
)
