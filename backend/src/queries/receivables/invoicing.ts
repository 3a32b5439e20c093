import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { dueDate } from "../../domain/credit-terms"
import { type BillableLine, DEPOSIT_SKU, depositDeduction, invoiceTotals } from "../../domain/invoice-math"
import { dec, sumAmounts, toAmount } from "../../domain/money"
import { INVOICE_MODULE } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"
import type { NumberedInvoiceInput } from "../../modules/invoice/service"
import { companyOfOrder } from "../company/membership"
import { creditAccountFor } from "./credit-account"

const invoicesOf = (c: MedusaContainer) => c.resolve<InvoiceModuleService>(INVOICE_MODULE)

const ORDER_FIELDS = [
  "id",
  "customer_id",
  "metadata",
  "currency_code",
  "is_draft_order",
  "status",
  "display_id",
  "total",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.quantity",
  // Medusa fills an order item's quantity from its detail row; without it the field is null.
  "items.detail.quantity",
  "items.unit_price",
  "items.is_tax_inclusive",
  "items.tax_lines.rate",
]

/** An order with what invoicing needs, and the company it was placed for. */
export async function orderForInvoicing(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  const companyId = await companyOfOrder(container, order as any)
  if (!companyId) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "order_id: the order's customer buys for no company")
  }
  return { order: order as any, companyId }
}

/** An order item's quantity (read from its detail when the item's own field is not loaded). */
export const orderItemQuantity = (i: any) => Number(i?.detail?.quantity ?? i?.quantity)

export const billable = (item: any, quantity: number): BillableLine => ({
  sku: item.variant_sku,
  title: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · "),
  quantity,
  unit_price: String(item.unit_price),
  tax_rate: String((item.tax_lines ?? []).reduce((s: number, t: any) => s + Number(t?.rate ?? 0), 0)),
  tax_inclusive: !!item.is_tax_inclusive,
})

/**
 * The deposit still to deduct from an order's invoices: its deposit invoices' totals less the
 * deposit lines (negative) already on earlier invoices of the order.
 */
async function depositLeft(container: MedusaContainer, orderId: string) {
  const all = await invoicesOf(container).listInvoices({ order_id: orderId, status: { $ne: "void" } } as any, {
    relations: ["lines"],
  })
  const paidIn = sumAmounts(all.filter((i) => i.kind === "deposit").map((i) => i.total))
  const deducted = sumAmounts(
    all
      .filter((i) => i.kind === "invoice")
      .flatMap((i) =>
        (i.lines ?? []).filter((l: any) => l.sku === DEPOSIT_SKU).map((l: any) => dec(l.total).negated()),
      ),
  )
  const deposit = all.find((i) => i.kind === "deposit")
  return { left: paidIn.minus(deducted), number: deposit?.number }
}

/** An invoice for lines of an order, due by the company's terms, less any deposit still to deduct. */
async function invoiceFor(
  container: MedusaContainer,
  input: { companyId: string; order: any; lines: BillableLine[]; fulfillment_id?: string },
): Promise<NumberedInvoiceInput> {
  const account = await creditAccountFor(container, input.companyId)
  const deposit = await depositLeft(container, input.order.id)
  const gross = invoiceTotals(input.lines, input.order.currency_code).total
  const deduction = depositDeduction(deposit.left.toFixed(), gross, deposit.number)
  const lines = deduction ? [...input.lines, deduction] : input.lines
  const issuedAt = new Date()
  return {
    kind: "invoice",
    company_id: input.companyId,
    order_id: input.order.id,
    fulfillment_id: input.fulfillment_id ?? null,
    currency_code: input.order.currency_code,
    ...invoiceTotals(lines, input.order.currency_code),
    issued_at: issuedAt,
    due_at: dueDate(issuedAt, account),
  }
}

/**
 * The invoice for exactly what a fulfillment shipped, when the company is invoiced on shipment;
 * undefined when there is nothing to issue (another moment of invoicing, an empty shipment, or
 * the fulfillment already invoiced — the unique index on fulfillment_id backs that up).
 */
export async function fulfillmentInvoiceInput(container: MedusaContainer, orderId: string, fulfillmentId: string) {
  const [existing] = await invoicesOf(container).listInvoices({ fulfillment_id: fulfillmentId })
  if (existing) return { existing }
  const { order, companyId } = await orderForInvoicing(container, orderId)
  const account = await creditAccountFor(container, companyId)
  if (account.invoice_on !== "fulfillment") return {}
  const {
    data: [fulfillment],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "fulfillment",
    fields: ["id", "items.line_item_id", "items.quantity"],
    filters: { id: fulfillmentId },
  })
  const items = new Map((order.items ?? []).map((i: any) => [i.id, i]))
  const lines = ((fulfillment as any)?.items ?? [])
    .filter((fi: any) => items.has(fi.line_item_id) && Number(fi.quantity) > 0)
    .map((fi: any) => billable(items.get(fi.line_item_id), Number(fi.quantity)))
  if (!lines.length) return {}
  return { input: await invoiceFor(container, { companyId, order, lines, fulfillment_id: fulfillmentId }) }
}

/** The whole order on one invoice (on placement, or by staff); refused if it already has invoices. */
export async function wholeOrderInvoiceInput(container: MedusaContainer, orderId: string) {
  const { order, companyId } = await orderForInvoicing(container, orderId)
  if (order.is_draft_order || order.status === "canceled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "order_id: only placed orders can be invoiced")
  }
  const already = await invoicesOf(container).listInvoices({
    order_id: orderId,
    status: { $ne: "void" },
    kind: "invoice",
  } as any)
  if (already.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `order_id: this order is already invoiced (${already.map((i) => i.number).join(", ")})`,
    )
  }
  const lines = (order.items ?? []).filter(Boolean).map((i: any) => billable(i, orderItemQuantity(i)))
  return invoiceFor(container, { companyId, order, lines })
}

/**
 * Deposit (or, prepaid, 100 %) invoice for an order, due at once; undefined when the company is
 * on other terms or the order already has one.
 */
export async function depositInvoiceInput(
  container: MedusaContainer,
  orderId: string,
): Promise<NumberedInvoiceInput | undefined> {
  const { order, companyId } = await orderForInvoicing(container, orderId)
  const account = await creditAccountFor(container, companyId)
  const percent = account.terms === "prepaid" ? "100" : account.deposit_percent
  if ((account.terms !== "deposit" && account.terms !== "prepaid") || percent == null) return undefined
  const [existing] = await invoicesOf(container).listInvoices({ order_id: orderId, kind: "deposit" })
  if (existing) return undefined
  const amount = toAmount(dec(order.total).times(dec(percent)).dividedBy(100), order.currency_code)
  const issuedAt = new Date()
  return {
    kind: "deposit",
    company_id: companyId,
    order_id: orderId,
    currency_code: order.currency_code,
    ...invoiceTotals(
      [
        {
          sku: null,
          title:
            account.terms === "prepaid"
              ? `Prepayment for order #${order.display_id}`
              : `Deposit ${dec(percent).toString()}% for order #${order.display_id}`,
          quantity: 1,
          unit_price: amount,
          tax_rate: "0",
          tax_inclusive: true,
        },
      ],
      order.currency_code,
    ),
    issued_at: issuedAt,
    due_at: dueDate(issuedAt, { terms: "prepaid", net_days: 0 }),
  }
}

/** An unpaid deposit invoice of the order, if shipping must wait for it. */
export async function unpaidDeposit(container: MedusaContainer, orderId: string) {
  const deposits = await invoicesOf(container).listInvoices({
    order_id: orderId,
    kind: "deposit",
    status: ["issued", "partially_paid"],
  } as any)
  return deposits[0]
}

/** The order's deposit invoices that still count (not voided). */
export async function depositInvoices(container: MedusaContainer, orderId: string) {
  return invoicesOf(container).listInvoices({ order_id: orderId, kind: "deposit", status: { $ne: "void" } } as any)
}

/** The company's open invoices and deposits. */
export async function openInvoices(container: MedusaContainer, companyId: string) {
  return invoicesOf(container).listInvoices({
    company_id: companyId,
    status: ["issued", "partially_paid"],
    kind: ["invoice", "deposit"],
  } as any)
}
