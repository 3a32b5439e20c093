import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dec } from "../../../domain/money"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

export const voidInvoiceStepId = "ordo-void-invoice"

/**
 * Voids an unpaid invoice with the reason (the number stays used). Refuses a void or (partly)
 * paid one: reverse its payments or issue a credit note. Compensation restores it.
 */
export const voidInvoiceStep = createStep(
  voidInvoiceStepId,
  async (input: { invoice_id: string; reason: string }, { container }) => {
    const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
    const [inv] = await invoices.listInvoices({ id: input.invoice_id })
    if (!inv) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice with id: ${input.invoice_id} was not found`)
    if (inv.status === "void") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invoice is already void")
    if (dec(inv.paid_total).gt(0)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "A paid or partly paid invoice cannot be voided; reverse its payments or issue a credit note",
      )
    }
    const updated = await invoices.updateInvoices({ id: inv.id, status: "void", void_reason: input.reason } as any)
    return new StepResponse(updated, { id: inv.id, status: inv.status, void_reason: inv.void_reason ?? null })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<InvoiceModuleService>(INVOICE_MODULE).updateInvoices(before as any)
  },
)
