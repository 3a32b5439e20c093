import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invoiceDeposit } from "../../../lib/receivables"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

export const issueDepositInvoiceStepId = "ordo-issue-deposit-invoice"

/**
 * Gate: deposit terms. A company on deposit (or prepaid) terms gets its deposit invoice as the
 * order is placed, in the same run, so shipping can never find an order "without a deposit
 * yet". Compensation voids it (the gapless number stays used, as on paper).
 */
export const issueDepositInvoiceStep = createStep(
  issueDepositInvoiceStepId,
  async ({ order_id, terms }: { order_id: string; terms: string }, { container }) => {
    if (terms !== "deposit" && terms !== "prepaid") return new StepResponse(null, null)
    const invoice = await invoiceDeposit(container, order_id)
    return new StepResponse(invoice ?? null, invoice?.id ?? null)
  },
  async (invoiceId, { container }) => {
    if (!invoiceId) return
    await container
      .resolve<InvoiceModuleService>(INVOICE_MODULE)
      .updateInvoices({ id: invoiceId, status: "void", void_reason: "The order was not placed" } as any)
  },
)
