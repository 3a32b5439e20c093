import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

/** Allocations of a payment's credit to invoices, and what is left unallocated; compensation removes them. */
export const addAllocationsStep = createStep(
  "ordo-add-payment-allocations",
  async (
    input: { payment_id: string; unallocated: string; allocations: { invoice_id: string; amount: string }[] },
    { container },
  ) => {
    const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    const before = await invoices.retrievePaymentRecord(input.payment_id)
    const created = await invoices.createPaymentAllocations(
      input.allocations.map((a) => ({
        payment_id: input.payment_id,
        invoice_id: a.invoice_id,
        amount: a.amount,
      })) as any,
    )
    await invoices.updatePaymentRecords({ id: input.payment_id, unallocated: input.unallocated } as any)
    return new StepResponse(created, {
      id: before.id,
      unallocated: String(before.unallocated),
      created: ([] as { id: string }[]).concat(created as any).map((c) => c.id),
    })
  },
  async (prev, { container }) => {
    if (!prev) return
    const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    if (prev.created.length) await invoices.deletePaymentAllocations(prev.created)
    await invoices.updatePaymentRecords({ id: prev.id, unallocated: prev.unallocated } as any)
  },
)
