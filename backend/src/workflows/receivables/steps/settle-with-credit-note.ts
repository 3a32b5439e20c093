import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { balanceOf } from "../../../domain/invoice-math"
import { dec } from "../../../domain/money"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

export const settleWithCreditNoteStepId = "ordo-settle-with-credit-note"

/**
 * A credit note settles its invoice's open balance like a payment would; what exceeds it stays
 * open on the credit note as the company's credit. Compensation restores both.
 */
export const settleWithCreditNoteStep = createStep(
  settleWithCreditNoteStepId,
  async (input: { invoice_id: string; credit_note_id: string }, { container }) => {
    const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
    const [invoice, cn] = await Promise.all([
      invoices.retrieveInvoice(input.invoice_id),
      invoices.retrieveInvoice(input.credit_note_id),
    ])
    const open = balanceOf(invoice)
    const applied = dec(cn.total).lt(open) ? dec(cn.total) : open
    const before = [
      { id: invoice.id, paid_total: String(invoice.paid_total), status: invoice.status },
      { id: cn.id, paid_total: String(cn.paid_total), status: cn.status },
    ]
    if (!applied.gt(0)) return new StepResponse("0", [] as typeof before)
    const paid = dec(invoice.paid_total).plus(applied)
    await invoices.updateInvoices([
      { id: invoice.id, paid_total: paid.toFixed(), status: paid.gte(dec(invoice.total)) ? "paid" : "partially_paid" },
      { id: cn.id, paid_total: applied.toFixed(), status: applied.gte(dec(cn.total)) ? "paid" : "partially_paid" },
    ] as any)
    return new StepResponse(applied.toFixed(), before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    await container.resolve<InvoiceModuleService>(INVOICE_MODULE).updateInvoices(before as any)
  },
)
