import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import type { NumberedInvoiceInput } from "../../../modules/invoice/service"

export const issueInvoiceStepId = "ordo-issue-invoice"

/**
 * Issues one numbered invoice. Its compensation voids it rather than deleting it: a number once
 * given stays on the ledger, so the sequence has no gaps even when a later step fails.
 */
export const issueInvoiceStep = createStep(
  issueInvoiceStepId,
  async (input: NumberedInvoiceInput, { container }) => {
    const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    const invoice = await invoices.issueNumberedInvoice(input)
    return new StepResponse(invoice, invoice.id)
  },
  async (id, { container }) => {
    if (!id) return
    const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    await invoices.updateInvoices({ id, status: "void", void_reason: "Issuing was rolled back" } as any)
  },
)
