import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { receivablesLock } from "../common/receivables-lock"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { liftOverdueHoldStep } from "../dunning/steps/lift-overdue-hold"
import { RECEIVABLES_EVENTS } from "./issue-invoice"
import { adjustInvoicePaymentsStep } from "./steps/adjust-invoice-payments"
import { createPaymentRecordStep } from "./steps/create-payment-record"
import { type PaymentInput, preparePaymentStep } from "./steps/prepare-payment"

export type { PaymentInput }

/**
 * Money received from a company: the payment record and the invoice balances it settles
 * (explicitly, or oldest due first; the rest is the company's credit), together or not at all.
 * Serialised per company; once per idempotency key (a replay returns the first record). Paying
 * what made the company late lifts an automatic hold.
 */
export const recordPaymentWorkflow = createWorkflow("ordo-record-payment", (input: PaymentInput) => {
  const lock = acquireLocksStep(transform({ input }, ({ input }) => receivablesLock(input.company_id)))
  const plan = preparePaymentStep(input)
  const created = when("ordo-record-payment-new", { plan }, ({ plan }) => !plan.repeated).then(() => {
    const payment = createPaymentRecordStep(
      transform({ plan }, ({ plan }) => ({
        ...(plan.payment as Record<string, unknown>),
        allocations: plan.allocations,
      })),
    )
    adjustInvoicePaymentsStep(transform({ plan }, ({ plan }) => plan.allocations))
    emitEventStep({
      eventName: RECEIVABLES_EVENTS.paymentRecorded,
      data: transform({ payment }, ({ payment }) => ({ id: payment.id })),
    })
    liftOverdueHoldStep(transform({ input }, ({ input }) => ({ company_id: input.company_id })))
    return payment
  })
  releaseLocksStep(lock)
  return new WorkflowResponse(
    transform({ plan, created }, ({ plan, created }) => ({
      payment: (created ?? plan.repeated) as Record<string, any>,
      repeated: !!plan.repeated,
    })),
  )
})
