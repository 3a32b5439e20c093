import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { receivablesLock } from "../common/receivables-lock"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { liftOverdueHoldStep } from "../dunning/steps/lift-overdue-hold"
import { applyCreditNoteStep } from "./steps/apply-credit-note"
import { companyOfReceivableStep } from "./steps/company-of-receivable"

/**
 * What a credit note left over after settling its own invoice (the company's credit) settles
 * another open invoice of the company; a hold for overdue invoices lifts when nothing is late.
 */
export const applyCreditNoteWorkflow = createWorkflow(
  "ordo-apply-credit-note",
  (input: { credit_note_id: string; invoice_id: string; amount: string }) => {
    const companyId = companyOfReceivableStep({ credit_note_id: input.credit_note_id })
    const lock = acquireLocksStep(transform({ companyId }, ({ companyId }) => receivablesLock(companyId)))
    applyCreditNoteStep(input)
    liftOverdueHoldStep(transform({ companyId }, ({ companyId }) => ({ company_id: companyId })))
    releaseLocksStep(lock)
    return new WorkflowResponse(input.credit_note_id)
  },
)
