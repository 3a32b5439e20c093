import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { requestStripePaymentStep } from "./steps/request-stripe-payment"
import { resolvePayableInvoiceStep } from "./steps/resolve-payable-invoice"

/** A buyer pays an open invoice of their company by card on Stripe (payment form or hosted page). */
export const requestCardPaymentWorkflow = createWorkflow(
  "ordo-request-card-payment",
  (input: { invoice_id: string; company_id: string; checkout?: { success_url: string; cancel_url: string } }) => {
    const invoice = resolvePayableInvoiceStep(input)
    const request = requestStripePaymentStep(
      transform({ input, invoice }, ({ input, invoice }) => ({ invoice, checkout: input.checkout })),
    )
    return new WorkflowResponse(request)
  },
)
