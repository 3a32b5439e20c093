import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { NumberedInvoiceInput } from "../../modules/invoice/service"
import {
  addAllocationsStep,
  adjustInvoicePaymentsStep,
  createPaymentRecordStep,
  markPaymentReversedStep,
} from "./steps/apply-payment"
import { issueInvoiceStep } from "./steps/issue-invoice"

export const RECEIVABLES_EVENTS = { invoiceIssued: "ordo.invoice.issued", paymentRecorded: "ordo.payment.recorded" }

export const issueInvoiceWorkflow = createWorkflow("ordo-issue-invoice", (input: NumberedInvoiceInput) => {
  const invoice = issueInvoiceStep(input)
  const event = transform({ invoice }, ({ invoice }) => ({ id: invoice.id }))
  emitEventStep({ eventName: RECEIVABLES_EVENTS.invoiceIssued, data: event })
  return new WorkflowResponse(invoice)
})

type RecordPaymentInput = {
  payment: Record<string, unknown>
  allocations: { invoice_id: string; amount: string }[]
}

/** A payment and the invoice balances it settles, together or not at all. */
export const recordPaymentWorkflow = createWorkflow("ordo-record-payment", (input: RecordPaymentInput) => {
  const paymentInput = transform({ input }, ({ input }) => ({ ...input.payment, allocations: input.allocations }))
  const payment = createPaymentRecordStep(paymentInput)
  adjustInvoicePaymentsStep(input.allocations)
  const event = transform({ payment }, ({ payment }) => ({ id: payment.id }))
  emitEventStep({ eventName: RECEIVABLES_EVENTS.paymentRecorded, data: event })
  return new WorkflowResponse(payment)
})

/** Reversing a payment (a bounced transfer, a chargeback) puts every balance it settled back. */
export const reversePaymentWorkflow = createWorkflow(
  "ordo-reverse-payment",
  (input: { id: string; reason: string; allocations: { invoice_id: string; amount: string }[] }) => {
    const restore = transform({ input }, ({ input }) =>
      input.allocations.map((a) => ({ invoice_id: a.invoice_id, amount: `-${a.amount}` })),
    )
    adjustInvoicePaymentsStep(restore)
    markPaymentReversedStep({ id: input.id, reason: input.reason })
    return new WorkflowResponse(input.id)
  },
)

/** Company credit (a payment's unallocated rest) settling invoices later. */
export const applyCreditWorkflow = createWorkflow(
  "ordo-apply-credit",
  (input: { payment_id: string; unallocated: string; allocations: { invoice_id: string; amount: string }[] }) => {
    addAllocationsStep(input)
    adjustInvoicePaymentsStep(input.allocations)
    return new WorkflowResponse(input.payment_id)
  },
)
