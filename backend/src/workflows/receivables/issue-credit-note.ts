import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { receivablesLock } from "../common/receivables-lock"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { RECEIVABLES_EVENTS } from "./issue-invoice"
import { companyOfReceivableStep } from "./steps/company-of-receivable"
import { issueInvoiceStep } from "./steps/issue-invoice"
import { prepareCreditNoteStep } from "./steps/prepare-credit-note"
import { settleWithCreditNoteStep } from "./steps/settle-with-credit-note"

/**
 * A credit note for returned or corrected lines, in its own gapless series (CN-2026-000001). It
 * settles the invoice's open balance first; what exceeds it stays open as the company's credit.
 */
export const issueCreditNoteWorkflow = createWorkflow(
  "ordo-issue-credit-note",
  (input: { invoice_id: string; reason: string; lines: { sku: string; quantity: number }[] }) => {
    const companyId = companyOfReceivableStep({ invoice_id: input.invoice_id })
    const lock = acquireLocksStep(transform({ companyId }, ({ companyId }) => receivablesLock(companyId)))
    const note = prepareCreditNoteStep(input)
    const issued = issueInvoiceStep(note).config({ name: "ordo-issue-credit-note-number" })
    settleWithCreditNoteStep(
      transform({ input, issued }, ({ input, issued }) => ({
        invoice_id: input.invoice_id,
        credit_note_id: issued.id,
      })),
    )
    emitEventStep({
      eventName: RECEIVABLES_EVENTS.invoiceIssued,
      data: transform({ issued }, ({ issued }) => ({ id: issued.id })),
    })
    releaseLocksStep(lock)
    return new WorkflowResponse(transform({ issued }, ({ issued }) => issued.id as string))
  },
)
