import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import { depositInvoiceInput } from "../../../queries/receivables/invoicing"

export const issueDepositInvoiceStepId = "ordo-issue-deposit-invoice"

/**
 * Deposit terms: the order's deposit (or, prepaid, 100 %) invoice, due at once — nothing when the
 * company is on other terms or the order has one already. Compensation voids it (the gapless
 * number stays used, as on paper).
 */
export const issueDepositInvoiceStep = createStep(
  issueDepositInvoiceStepId,
  async ({ order_id, terms }: { order_id: string; terms?: string }, { container }) => {
    // The caller may know the terms already (the place-order workflow does): no reads then.
    if (terms && terms !== "deposit" && terms !== "prepaid") return new StepResponse(null, null)
    const input = await depositInvoiceInput(container, order_id)
    if (!input) return new StepResponse(null, null)
    const invoice = await container.resolve<InvoiceModuleService>(INVOICE_MODULE).issueNumberedInvoice(input)
    return new StepResponse(invoice, invoice.id)
  },
  async (invoiceId, { container }) => {
    if (!invoiceId) return
    await container
      .resolve<InvoiceModuleService>(INVOICE_MODULE)
      .updateInvoices({ id: invoiceId, status: "void", void_reason: "The order was not placed" } as any)
  },
)
