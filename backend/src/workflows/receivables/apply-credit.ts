import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { receivablesLock } from "../common/receivables-lock"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { liftOverdueHoldStep } from "../dunning/steps/lift-overdue-hold"
import { addAllocationsStep } from "./steps/add-payment-allocations"
import { adjustInvoicePaymentsStep } from "./steps/adjust-invoice-payments"
import { companyOfReceivableStep } from "./steps/company-of-receivable"
import { prepareCreditUseStep } from "./steps/prepare-credit-use"

/** Company credit (what a payment left unallocated) settling invoices later, explicitly or oldest due first. */
export const applyCreditWorkflow = createWorkflow(
  "ordo-apply-credit",
  (input: { payment_id: string; allocations?: { invoice_id: string; amount: string }[] }) => {
    const companyId = companyOfReceivableStep({ payment_id: input.payment_id })
    const lock = acquireLocksStep(transform({ companyId }, ({ companyId }) => receivablesLock(companyId)))
    const plan = prepareCreditUseStep(input)
    addAllocationsStep(plan)
    adjustInvoicePaymentsStep(transform({ plan }, ({ plan }) => plan.allocations))
    liftOverdueHoldStep(transform({ plan }, ({ plan }) => ({ company_id: plan.company_id })))
    releaseLocksStep(lock)
    return new WorkflowResponse(input.payment_id)
  },
)
