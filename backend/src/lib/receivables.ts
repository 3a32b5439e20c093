import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CREDIT_MODULE } from "../modules/credit"
import type CreditModuleService from "../modules/credit/service"
import { INVOICE_MODULE } from "../modules/invoice"
import type InvoiceModuleService from "../modules/invoice/service"
import {
  applyCreditWorkflow,
  issueInvoiceWorkflow,
  recordPaymentWorkflow,
  reversePaymentWorkflow,
} from "../workflows/receivables/workflows"
import { daysOverdue, dueDate } from "./credit-terms"
import { liftOverdueHoldIfCleared } from "./dunning"
import { allocateOldestFirst, type BillableLine, invoiceTotals } from "./invoice-math"
import { membershipOf } from "./membership"
import { currencyDecimals, dec, sumAmounts, toAmount, tooManyDecimals } from "./money"
import { withLock } from "./stock-lock"

const invoicesOf = (c: MedusaContainer) => c.resolve<InvoiceModuleService>(INVOICE_MODULE)

/** The company's credit account; companies without one are on net 30, invoiced per fulfillment. */
export async function creditAccountFor(container: MedusaContainer, companyId: string) {
  const [account] = await container
    .resolve<CreditModuleService>(CREDIT_MODULE)
    .listCreditAccounts({ company_id: companyId })
  return (
    account ?? {
      id: null,
      company_id: companyId,
      terms: "net" as const,
      net_days: 30,
      deposit_percent: null,
      credit_limit: null,
      on_hold: false,
      hold_source: null,
      hold_reason: null,
      auto_hold_days: 30,
      invoice_on: "fulfillment" as const,
      dunning_paused: false,
    }
  )
}

/**
 * The company an order was placed for: written on the order by the place-order workflow
 * (a retail customer's orders belong to the retail account), else the customer's company.
 */
export async function companyOfOrder(
  container: MedusaContainer,
  order: { customer_id?: string | null; metadata?: Record<string, unknown> | null },
): Promise<string | undefined> {
  const recorded = order.metadata?.ordo_company_id
  if (typeof recorded === "string" && recorded) return recorded
  if (!order.customer_id) return undefined
  return (await membershipOf(container, order.customer_id))?.company_id
}

const ORDER_FIELDS = [
  "id",
  "customer_id",
  "metadata",
  "currency_code",
  "is_draft_order",
  "status",
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

async function orderForInvoicing(container: MedusaContainer, orderId: string) {
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

const billable = (item: any, quantity: number): BillableLine => ({
  sku: item.variant_sku,
  title: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · "),
  quantity,
  unit_price: String(item.unit_price),
  tax_rate: String((item.tax_lines ?? []).reduce((s: number, t: any) => s + Number(t?.rate ?? 0), 0)),
  tax_inclusive: !!item.is_tax_inclusive,
})

export const DEPOSIT_SKU = "DEPOSIT"

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

async function issue(
  container: MedusaContainer,
  input: { companyId: string; order: any; lines: BillableLine[]; fulfillment_id?: string },
) {
  const account = await creditAccountFor(container, input.companyId)
  // Orders on deposit terms: the deposit already invoiced comes off their invoices, up to each total.
  const deposit = await depositLeft(container, input.order.id)
  if (deposit.left.gt(0)) {
    const gross = invoiceTotals(input.lines, input.order.currency_code).total
    const deduct = deposit.left.lt(dec(gross)) ? deposit.left : dec(gross)
    input.lines.push({
      sku: DEPOSIT_SKU,
      title: `Less deposit ${deposit.number}`,
      quantity: 1,
      unit_price: deduct.negated().toFixed(),
      tax_rate: "0",
      tax_inclusive: true,
    })
  }
  const totals = invoiceTotals(input.lines, input.order.currency_code)
  const issuedAt = new Date()
  const { result } = await issueInvoiceWorkflow(container).run({
    input: {
      kind: "invoice",
      company_id: input.companyId,
      order_id: input.order.id,
      fulfillment_id: input.fulfillment_id ?? null,
      currency_code: input.order.currency_code,
      ...totals,
      issued_at: issuedAt,
      due_at: dueDate(issuedAt, account),
    },
  })
  return result
}

/**
 * One invoice per fulfillment, for exactly what it shipped, when the company is invoiced on
 * shipment. A repeated event finds the invoice already there (and the unique index on
 * fulfillment_id stops a concurrent duplicate).
 */
export async function invoiceFulfillment(container: MedusaContainer, orderId: string, fulfillmentId: string) {
  return withLock(container, `invoice:order:${orderId}`, async () => {
    const [existing] = await invoicesOf(container).listInvoices({ fulfillment_id: fulfillmentId })
    if (existing) return existing
    const { order, companyId } = await orderForInvoicing(container, orderId)
    const account = await creditAccountFor(container, companyId)
    if (account.invoice_on !== "fulfillment") return undefined
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [fulfillment],
    } = await query.graph({
      entity: "fulfillment",
      fields: ["id", "items.line_item_id", "items.quantity"],
      filters: { id: fulfillmentId },
    })
    const items = new Map((order.items ?? []).map((i: any) => [i.id, i]))
    const lines = ((fulfillment as any)?.items ?? [])
      .filter((fi: any) => items.has(fi.line_item_id) && Number(fi.quantity) > 0)
      .map((fi: any) => billable(items.get(fi.line_item_id), Number(fi.quantity)))
    if (!lines.length) return undefined
    return issue(container, { companyId, order, lines, fulfillment_id: fulfillmentId })
  })
}

/** The whole order on one invoice (on placement, or by staff); refused if it already has invoices. */
export async function invoiceWholeOrder(container: MedusaContainer, orderId: string) {
  return withLock(container, `invoice:order:${orderId}`, async () => {
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
    return issue(container, { companyId, order, lines })
  })
}

/** An order item's quantity (read from its detail when the item's own field is not loaded). */
export const orderItemQuantity = (i: any) => Number(i?.detail?.quantity ?? i?.quantity)

export const balanceOf = (inv: { total: unknown; paid_total: unknown }) => dec(inv.total).minus(dec(inv.paid_total))

/** An invoice as people read it: balance and, when past due, days overdue. */
export function invoiceView(inv: any, now = new Date()) {
  const balance = balanceOf(inv)
  const open = inv.status === "issued" || inv.status === "partially_paid"
  const overdue = open && balance.gt(0) ? daysOverdue(new Date(inv.due_at), now) : 0
  return { ...inv, balance: toAmount(balance, inv.currency_code), overdue: overdue > 0, days_overdue: overdue }
}

export async function voidInvoice(container: MedusaContainer, invoiceId: string, reason: string) {
  return withLock(container, `invoice:${invoiceId}`, async () => {
    const inv = await invoicesOf(container).retrieveInvoice(invoiceId)
    if (inv.status === "void") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invoice is already void")
    if (dec(inv.paid_total).gt(0)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "A paid or partly paid invoice cannot be voided; reverse its payments or issue a credit note",
      )
    }
    return invoicesOf(container).updateInvoices({ id: inv.id, status: "void", void_reason: reason } as any)
  })
}

export type PaymentInput = {
  company_id: string
  amount: string
  currency_code?: string
  method: "bank_transfer" | "cash" | "cheque" | "card"
  reference?: string | null
  received_at?: Date
  allocations?: { invoice_id: string; amount: string }[]
  idempotency_key?: string | null
  recorded_by?: string | null
  /** Without explicit allocations: settle oldest due first (default) or keep it all as credit. */
  auto_allocate?: boolean
}

/**
 * Records money received and settles invoices: explicitly (each allocation at most the invoice's
 * balance) or oldest due first; what is left is the company's credit. Serialised per company, and
 * once per idempotency key (a replayed webhook or double submit returns the first record).
 */
export async function recordPayment(container: MedusaContainer, input: PaymentInput) {
  return withLock(container, `receivables:${input.company_id}`, async () => {
    const invoices = invoicesOf(container)
    if (input.idempotency_key) {
      const [seen] = await invoices.listPaymentRecords({ idempotency_key: input.idempotency_key })
      if (seen) return { payment: seen, repeated: true }
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [company],
    } = await query.graph({ entity: "company", fields: ["id", "currency_code"], filters: { id: input.company_id } })
    if (!company)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${input.company_id} was not found`)
    const currency = (input.currency_code ?? company.currency_code).toLowerCase()
    if (currency !== company.currency_code) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `currency_code: this company pays in ${company.currency_code.toUpperCase()}`,
      )
    }
    if (!dec(input.amount).gt(0)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "amount: must be more than 0")
    if (tooManyDecimals(input.amount, currency)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `amount: ${currency.toUpperCase()} has ${currencyDecimals(currency)} decimals`,
      )
    }
    const open = (
      await invoices.listInvoices({
        company_id: input.company_id,
        status: ["issued", "partially_paid"],
        kind: ["invoice", "deposit"],
      } as any)
    ).filter((i) => balanceOf(i).gt(0))
    let allocations: { invoice_id: string; amount: string }[]
    let unallocated: string
    if (input.allocations?.length) {
      const byId = new Map(open.map((i) => [i.id, i]))
      input.allocations.forEach((a, n) => {
        const inv = byId.get(a.invoice_id)
        if (!inv)
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `allocations.${n}.invoice_id: not an open invoice of this company`,
          )
        if (!dec(a.amount).gt(0) || tooManyDecimals(a.amount, currency)) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `allocations.${n}.amount: a positive amount in ${currency.toUpperCase()}`,
          )
        }
        if (dec(a.amount).gt(balanceOf(inv))) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `allocations.${n}.amount: more than the balance of ${inv.number} (${toAmount(balanceOf(inv), currency)})`,
          )
        }
      })
      const allocated = sumAmounts(input.allocations.map((a) => a.amount))
      if (allocated.gt(dec(input.amount))) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "allocations: together more than the payment")
      }
      allocations = input.allocations.map((a) => ({ invoice_id: a.invoice_id, amount: dec(a.amount).toFixed() }))
      unallocated = dec(input.amount).minus(allocated).toFixed()
    } else if (input.auto_allocate === false) {
      allocations = []
      unallocated = dec(input.amount).toFixed()
    } else {
      ;({ allocations, unallocated } = allocateOldestFirst(
        input.amount,
        open.map((i) => ({
          id: i.id,
          due_at: new Date(i.due_at),
          issued_at: new Date(i.issued_at),
          balance: balanceOf(i).toFixed(),
        })),
      ))
    }
    const { result } = await recordPaymentWorkflow(container).run({
      input: {
        payment: {
          company_id: input.company_id,
          method: input.method,
          reference: input.reference ?? null,
          amount: dec(input.amount).toFixed(),
          unallocated,
          currency_code: currency,
          received_at: input.received_at ?? new Date(),
          idempotency_key: input.idempotency_key ?? null,
          recorded_by: input.recorded_by ?? null,
        },
        allocations,
      },
    })
    // Paying what made the company late lifts an automatic hold.
    await liftOverdueHoldIfCleared(container, input.company_id)
    return { payment: result, repeated: false }
  })
}

export async function reversePayment(container: MedusaContainer, paymentId: string, reason: string) {
  const [payment] = await invoicesOf(container).listPaymentRecords({ id: paymentId }, { relations: ["allocations"] })
  if (!payment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment with id: ${paymentId} was not found`)
  return withLock(container, `receivables:${payment.company_id}`, async () => {
    const [fresh] = await invoicesOf(container).listPaymentRecords({ id: paymentId }, { relations: ["allocations"] })
    if (fresh.reversed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This payment is already reversed")
    await reversePaymentWorkflow(container).run({
      input: {
        id: fresh.id,
        reason,
        allocations: (fresh.allocations ?? []).map((a: any) => ({
          invoice_id: a.invoice_id,
          amount: String(a.amount),
        })),
      },
    })
  })
}

/**
 * Current totals of the company's placed, not canceled orders, read from Medusa's order summary
 * (kept up to date through edits and returns) in one query: computing totals through Query for
 * every order the company ever placed made each checkout slower as its history grew.
 */
async function placedOrderTotals(container: MedusaContainer, companyId: string) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select o.id, s.totals->>'current_order_total' as total
       from "order" o
       join order_summary s on s.order_id = o.id and s.version = o.version and s.deleted_at is null
      where o.deleted_at is null and o.is_draft_order = false and o.status <> 'canceled'
        and (o.metadata->>'ordo_company_id' = ?
             or (o.metadata->>'ordo_company_id' is null and o.customer_id in (
                   select b.customer_id from company_buyer b where b.company_id = ? and b.deleted_at is null)))`,
    [companyId, companyId],
  )
  return rows as { id: string; total: string | null }[]
}

/**
 * What the company owes or has committed to: open invoice balances, plus placed orders not yet
 * invoiced, less unallocated payments (its credit). Compared with the credit limit at checkout.
 */
export async function creditExposure(container: MedusaContainer, companyId: string) {
  const invoices = invoicesOf(container)
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
    orders.map((o: any) => {
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

/**
 * A credit note for returned or corrected lines of an invoice: priced exactly as invoiced
 * (same unit price and tax rate), numbered in its own gapless series (CN-2026-000001). It
 * settles the invoice's open balance first; whatever exceeds it stays open on the credit note
 * as the company's credit. Never more, per line, than was invoiced less earlier credit notes.
 */
export async function issueCreditNote(
  container: MedusaContainer,
  invoiceId: string,
  input: { reason: string; lines: { sku: string; quantity: number }[] },
) {
  const invoices = invoicesOf(container)
  const [invoice] = await invoices.listInvoices({ id: invoiceId }, { relations: ["lines"] })
  if (!invoice || invoice.kind === "credit_note") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice with id: ${invoiceId} was not found`)
  }
  if (invoice.status === "void")
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A void invoice cannot be credited")
  return withLock(container, `receivables:${invoice.company_id}`, async () => {
    const earlier = await invoices.listInvoices({ source_invoice_id: invoice.id, status: { $ne: "void" } } as any, {
      relations: ["lines"],
    })
    const credited = new Map<string, number>()
    for (const cn of earlier)
      for (const l of cn.lines ?? []) credited.set(l.sku ?? l.title, (credited.get(l.sku ?? l.title) ?? 0) + l.quantity)
    const byKey = new Map((invoice.lines ?? []).map((l: any) => [l.sku ?? l.title, l]))
    const lines: BillableLine[] = input.lines.map((req, n) => {
      const line: any = byKey.get(req.sku)
      if (!line)
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `lines.${n}.sku: ${req.sku} is not on invoice ${invoice.number}`,
        )
      const left = line.quantity - (credited.get(req.sku) ?? 0)
      if (req.quantity > left) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `lines.${n}.quantity: at most ${left} of ${req.sku} can still be credited on ${invoice.number}`,
        )
      }
      const inclusive = dec(line.unit_price).times(line.quantity).eq(dec(line.total))
      return {
        sku: line.sku,
        title: line.title,
        quantity: req.quantity,
        unit_price: String(line.unit_price),
        tax_rate: String(line.tax_rate),
        tax_inclusive: inclusive,
      }
    })
    const totals = invoiceTotals(lines, invoice.currency_code)
    const issuedAt = new Date()
    const applied = dec(totals.total).lt(balanceOf(invoice)) ? dec(totals.total) : balanceOf(invoice)
    const { result: cn } = await issueInvoiceWorkflow(container).run({
      input: {
        kind: "credit_note",
        company_id: invoice.company_id,
        order_id: invoice.order_id,
        source_invoice_id: invoice.id,
        reason: input.reason,
        currency_code: invoice.currency_code,
        ...totals,
        issued_at: issuedAt,
        due_at: issuedAt,
      },
    })
    if (applied.gt(0)) {
      // The credit note settles the invoice like a payment would; the rest stays open on it.
      await invoices.updateInvoices([
        {
          id: invoice.id,
          paid_total: dec(invoice.paid_total).plus(applied).toFixed(),
          status: dec(invoice.paid_total).plus(applied).gte(dec(invoice.total)) ? "paid" : "partially_paid",
        },
        {
          id: cn.id,
          paid_total: applied.toFixed(),
          status: applied.gte(dec(totals.total)) ? "paid" : "partially_paid",
        },
      ] as any)
    }
    const [fresh] = await invoices.listInvoices({ id: cn.id }, { relations: ["lines"] })
    return fresh
  })
}

/** Deposit terms: when the order is placed, a deposit invoice for its share, due at once. */
export async function invoiceDeposit(container: MedusaContainer, orderId: string) {
  return withLock(container, `invoice:order:${orderId}`, async () => {
    const { order, companyId } = await orderForInvoicing(container, orderId)
    const account = await creditAccountFor(container, companyId)
    // Prepaid is a 100 % deposit: nothing ships before it is paid.
    const percent = account.terms === "prepaid" ? "100" : account.deposit_percent
    if ((account.terms !== "deposit" && account.terms !== "prepaid") || percent == null) return undefined
    const [existing] = await invoicesOf(container).listInvoices({ order_id: orderId, kind: "deposit" })
    if (existing) return existing
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [withTotal],
    } = await query.graph({ entity: "order", fields: ["id", "display_id", "total"], filters: { id: orderId } })
    const amount = toAmount(dec(withTotal.total).times(dec(percent)).dividedBy(100), order.currency_code)
    const totals = invoiceTotals(
      [
        {
          sku: null,
          title:
            account.terms === "prepaid"
              ? `Prepayment for order #${withTotal.display_id}`
              : `Deposit ${dec(percent).toString()}% for order #${withTotal.display_id}`,
          quantity: 1,
          unit_price: amount,
          tax_rate: "0",
          tax_inclusive: true,
        },
      ],
      order.currency_code,
    )
    const issuedAt = new Date()
    const { result } = await issueInvoiceWorkflow(container).run({
      input: {
        kind: "deposit",
        company_id: companyId,
        order_id: orderId,
        currency_code: order.currency_code,
        ...totals,
        issued_at: issuedAt,
        due_at: dueDate(issuedAt, { terms: "prepaid", net_days: 0 }),
      },
    })
    return result
  })
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

/**
 * Uses what a payment left unallocated (company credit) to settle invoices later: explicitly, or
 * oldest due first. Never more than the credit left or an invoice's balance.
 */
export async function applyCredit(
  container: MedusaContainer,
  paymentId: string,
  allocationsIn?: { invoice_id: string; amount: string }[],
) {
  const invoices = invoicesOf(container)
  const [payment] = await invoices.listPaymentRecords({ id: paymentId }, { relations: ["allocations"] })
  if (!payment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment with id: ${paymentId} was not found`)
  return withLock(container, `receivables:${payment.company_id}`, async () => {
    const [fresh] = await invoices.listPaymentRecords({ id: paymentId })
    if (fresh.reversed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This payment was reversed")
    const credit = dec(fresh.unallocated)
    if (!credit.gt(0)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This payment has no credit left to apply")
    const open = (
      await invoices.listInvoices({
        company_id: fresh.company_id,
        status: ["issued", "partially_paid"],
        kind: ["invoice", "deposit"],
      } as any)
    ).filter((i) => balanceOf(i).gt(0))
    let allocations: { invoice_id: string; amount: string }[]
    if (allocationsIn?.length) {
      const byId = new Map(open.map((i) => [i.id, i]))
      allocationsIn.forEach((a, n) => {
        const inv = byId.get(a.invoice_id)
        if (!inv)
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `allocations.${n}.invoice_id: not an open invoice of this company`,
          )
        if (!dec(a.amount).gt(0) || dec(a.amount).gt(balanceOf(inv))) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `allocations.${n}.amount: between 0 and the balance of ${inv.number}`,
          )
        }
      })
      if (sumAmounts(allocationsIn.map((a) => a.amount)).gt(credit)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `allocations: more than the credit left (${credit.toFixed()})`,
        )
      }
      allocations = allocationsIn
    } else {
      allocations = allocateOldestFirst(
        credit.toFixed(),
        open.map((i) => ({
          id: i.id,
          due_at: new Date(i.due_at),
          issued_at: new Date(i.issued_at),
          balance: balanceOf(i).toFixed(),
        })),
      ).allocations
    }
    const used = sumAmounts(allocations.map((a) => a.amount))
    await applyCreditWorkflow(container).run({
      input: { payment_id: fresh.id, unallocated: credit.minus(used).toFixed(), allocations },
    })
    await liftOverdueHoldIfCleared(container, fresh.company_id)
    const [after] = await invoices.listPaymentRecords({ id: paymentId }, { relations: ["allocations"] })
    return after
  })
}

/** "Now" for reading overdue days: a simulated `as_of` date when the server runs with ORDO_TEST_CLOCK=1. */
export function readingDate(asOf: unknown): Date {
  if (typeof asOf !== "string" || !asOf) return new Date()
  if (process.env.ORDO_TEST_CLOCK !== "1") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "as_of: a simulated date is only accepted in test mode")
  }
  const d = new Date(asOf)
  if (Number.isNaN(d.getTime())) throw new MedusaError(MedusaError.Types.INVALID_DATA, "as_of: not a date")
  return d
}
