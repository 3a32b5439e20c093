import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dec } from "../../../domain/money"
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
