import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dec } from "../../../lib/money"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

type InvoiceState = { id: string; paid_total: string; status: string }

const statusFor = (paid: ReturnType<typeof dec>, total: unknown) =>
  paid.lte(0) ? "issued" : paid.gte(dec(total)) ? "paid" : "partially_paid"

/**
 * Moves invoice balances by signed amounts (positive: a payment settles them; negative: a
 * reversal restores them) and recomputes each status. The compensation puts back exactly the
 * paid totals and statuses it found.
 */
export const adjustInvoicePaymentsStep = createStep(
  "ordo-adjust-invoice-payments",
  async (changes: { invoice_id: string; amount: string }[], { container }) => {
    const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    if (!changes.length) return new StepResponse([] as InvoiceState[], [] as InvoiceState[])
    const current = await invoices.listInvoices({ id: changes.map((c) => c.invoice_id) })
    const before: InvoiceState[] = current.map((i) => ({
      id: i.id,
      paid_total: String(i.paid_total),
      status: i.status,
    }))
    const byId = new Map(current.map((i) => [i.id, i]))
    const updates = changes.map((c) => {
      const inv = byId.get(c.invoice_id) as any
      const paid = dec(inv.paid_total).plus(dec(c.amount))
      return { id: inv.id, paid_total: paid.toFixed(), status: statusFor(paid, inv.total) }
    })
    await invoices.updateInvoices(updates as any)
    return new StepResponse(updates as InvoiceState[], before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    await invoices.updateInvoices(before as any)
  },
)

export const createPaymentRecordStep = createStep(
  "ordo-create-payment-record",
  async (input: Record<string, unknown>, { container }) => {
    const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    const payment = await invoices.createPaymentRecords(input as any)
    return new StepResponse(payment, payment.id)
  },
  async (id, { container }) => {
    if (!id) return
    const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    await invoices.deletePaymentRecords(id)
  },
)

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
