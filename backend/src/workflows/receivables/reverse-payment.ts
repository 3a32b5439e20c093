import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { receivablesLock } from "../common/receivables-lock"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { adjustInvoicePaymentsStep } from "./steps/adjust-invoice-payments"
import { companyOfReceivableStep } from "./steps/company-of-receivable"
import { markPaymentReversedStep } from "./steps/mark-payment-reversed"
import { preparePaymentReversalStep } from "./steps/prepare-payment-reversal"

/** Reversing a payment (a bounced transfer, a chargeback) puts every balance it settled back. */
export const reversePaymentWorkflow = createWorkflow(
  "ordo-reverse-payment",
  (input: { payment_id: string; reason: string }) => {
    const companyId = companyOfReceivableStep({ payment_id: input.payment_id })
    const lock = acquireLocksStep(transform({ companyId }, ({ companyId }) => receivablesLock(companyId)))
    const restore = preparePaymentReversalStep({ payment_id: input.payment_id })
    adjustInvoicePaymentsStep(restore)
    markPaymentReversedStep(transform({ input }, ({ input }) => ({ id: input.payment_id, reason: input.reason })))
    releaseLocksStep(lock)
    return new WorkflowResponse(input.payment_id)
  },
)
