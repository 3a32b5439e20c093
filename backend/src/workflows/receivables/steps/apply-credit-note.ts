import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planCreditNoteUse } from "../../../domain/invoice-math"
import { dec } from "../../../domain/money"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

export const applyCreditNoteStepId = "ordo-apply-credit-note"

/**
 * A credit note's unapplied credit settles part of another open invoice of the company, like a
 * payment would: both paid totals grow by the amount. Under the company's receivables lock;
 * compensation restores both.
 */
export const applyCreditNoteStep = createStep(
  applyCreditNoteStepId,
  async (input: { credit_note_id: string; invoice_id: string; amount: string }, { container }) => {
    const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
    const [note] = await invoices.listInvoices({ id: input.credit_note_id })
    const [invoice] = await invoices.listInvoices({ id: input.invoice_id })
    const problems = planCreditNoteUse(note as any, invoice as any, input.amount)
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
    const before = [
      { id: invoice.id, paid_total: String(invoice.paid_total), status: invoice.status },
      { id: note.id, paid_total: String(note.paid_total), status: note.status },
    ]
    const settle = (i: typeof invoice) => {
      const paid = dec(i.paid_total).plus(dec(input.amount))
      return { id: i.id, paid_total: paid.toFixed(), status: paid.gte(dec(i.total)) ? "paid" : "partially_paid" }
    }
    await invoices.updateInvoices([settle(invoice), settle(note)] as any)
    return new StepResponse(input.credit_note_id, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    await container.resolve<InvoiceModuleService>(INVOICE_MODULE).updateInvoices(before as any)
  },
)
