import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { NumberedInvoiceInput } from "../../modules/invoice/service"
import { issueInvoiceStep } from "./steps/issue-invoice"

export const RECEIVABLES_EVENTS = { invoiceIssued: "ordo.invoice.issued", paymentRecorded: "ordo.payment.recorded" }

/** One numbered invoice (gapless per series and year), announced. */
export const issueInvoiceWorkflow = createWorkflow("ordo-issue-invoice", (input: NumberedInvoiceInput) => {
  const invoice = issueInvoiceStep(input)
  const event = transform({ invoice }, ({ invoice }) => ({ id: invoice.id }))
  emitEventStep({ eventName: RECEIVABLES_EVENTS.invoiceIssued, data: event })
  return new WorkflowResponse(invoice)
})
