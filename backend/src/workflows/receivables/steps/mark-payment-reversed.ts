import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

/** Marks a payment reversed (its credit gone); compensation restores it. */
export const markPaymentReversedStep = createStep(
  "ordo-mark-payment-reversed",
  async (input: { id: string; reason: string }, { container }) => {
    const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    const before = await invoices.retrievePaymentRecord(input.id)
    await invoices.updatePaymentRecords({
      id: input.id,
      reversed_at: new Date(),
      reversal_reason: input.reason,
      unallocated: "0",
    } as any)
    return new StepResponse(undefined, { id: before.id, unallocated: String(before.unallocated) })
  },
  async (before, { container }) => {
    if (!before) return
    const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    await invoices.updatePaymentRecords({
      id: before.id,
      reversed_at: null,
      reversal_reason: null,
      unallocated: before.unallocated,
    } as any)
  },
)
