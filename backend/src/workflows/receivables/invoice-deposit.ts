import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { orderInvoicingLock } from "../common/receivables-lock"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { RECEIVABLES_EVENTS } from "./issue-invoice"
import { issueDepositInvoiceStep } from "./steps/issue-deposit-invoice"

/** The order's deposit invoice if its company is on deposit or prepaid terms and it has none yet. */
export const invoiceDepositWorkflow = createWorkflow("ordo-invoice-deposit", (input: { order_id: string }) => {
  const lock = acquireLocksStep(transform({ input }, ({ input }) => orderInvoicingLock(input.order_id)))
  const invoice = issueDepositInvoiceStep(input)
  emitEventStep({
    eventName: RECEIVABLES_EVENTS.invoiceIssued,
    data: transform({ invoice }, ({ invoice }) => (invoice ? { id: (invoice as { id: string }).id } : null)),
  })
  releaseLocksStep(lock)
  return new WorkflowResponse(invoice)
})
