import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { balanceOf } from "../../domain/invoice-math"
import { dec, sumAmounts } from "../../domain/money"
import { INVOICE_MODULE } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"

/**
 * Current totals of the company's placed, not cancelled orders: the orders linked to the company
 * (orders made by the place-order workflow carry the link), with Medusa's order summary totals
 * (kept current through edits and returns).
 */
async function placedOrderTotals(container: MedusaContainer, companyId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "company",
    fields: ["id", "orders.id", "orders.status", "orders.is_draft_order", "orders.summary"],
    filters: { id: companyId },
  })
  const orders = (((data[0] as any)?.orders ?? []) as any[]).filter(
    (o) => o && !o.is_draft_order && o.status !== "canceled",
  )
  // Medusa's order module answers `summary` with the current version's totals (not the raw rows).
  return orders.map((o) => ({
    id: o.id as string,
    total: o.summary?.raw_current_order_total?.value ?? o.summary?.current_order_total ?? 0,
  }))
}

/**
 * What the company owes or has committed to: open invoice balances, plus placed orders not yet
 * invoiced, less unallocated payments (its credit). Compared with the credit limit at checkout.
 */
export async function creditExposure(container: MedusaContainer, companyId: string) {
  const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const [all, payments, orders] = await Promise.all([
    invoices.listInvoices({ company_id: companyId, status: ["issued", "partially_paid", "paid"] } as any),
    invoices.listPaymentRecords({ company_id: companyId, reversed_at: null } as any),
    placedOrderTotals(container, companyId),
  ])
  const open = sumAmounts(all.filter((i) => i.kind !== "credit_note" && i.status !== "paid").map((i) => balanceOf(i)))
  const invoicedByOrder = new Map<string, ReturnType<typeof dec>>()
  for (const i of all) {
    if (!i.order_id || i.kind === "credit_note") continue
    invoicedByOrder.set(i.order_id, (invoicedByOrder.get(i.order_id) ?? dec(0)).plus(dec(i.total)))
  }
  const uninvoiced = sumAmounts(
    orders.map((o) => {
      const rest = dec(o.total).minus(invoicedByOrder.get(o.id) ?? dec(0))
      return rest.gt(0) ? rest : dec(0)
    }),
  )
  const credit = sumAmounts(payments.map((p) => p.unallocated))
  return {
    open_invoices: open.toFixed(),
    uninvoiced_orders: uninvoiced.toFixed(),
    credit: credit.toFixed(),
    exposure: open.plus(uninvoiced).minus(credit).toFixed(),
  }
}
