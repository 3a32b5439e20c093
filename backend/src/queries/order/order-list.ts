import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import { toAmount } from "../../domain/money"
import { personName } from "../../domain/names"
import {
  PAYMENT_STATES,
  type PaymentState,
  progressOfMedusaStatus,
  SHIPPING_STATES,
  type ShippingState,
} from "../../domain/order-state"
import { APPROVAL_MODULE } from "../../modules/approval"
import type ApprovalModuleService from "../../modules/approval/service"
import { CHANNEL_MODULE } from "../../modules/channel"
import type ChannelModuleService from "../../modules/channel/service"
import { staffNames } from "../staff/sales-reps"
import { orderStates } from "../tracking/shipments"

export const ORDER_LIST_STATUSES = [
  "draft",
  "requires_approval",
  "rejected",
  "pending",
  "completed",
  "canceled",
  "archived",
] as const

export { PAYMENT_STATES as ORDER_LIST_PAYMENT_STATES, SHIPPING_STATES as ORDER_LIST_SHIPPING_STATES }

/** Placed orders looked at when filtering by payment or shipping state (both are worked out per order). */
const STATE_FILTER_SCAN = 2000

export type OrderListFilters = {
  status?: (typeof ORDER_LIST_STATUSES)[number]
  /** Ordo's payment state (from its invoices) and shipping state (items shipped, tracking), as the badges show. */
  payment?: PaymentState
  shipping?: ShippingState
  channel?: string
  company_id?: string
  /** The sales rep who owns the order (recorded as it was placed). */
  rep?: string
  q?: string
  /** Inclusive days, YYYY-MM-DD. */
  from?: string
  to?: string
  limit: number
  offset: number
}

/**
 * One list of the orders of every channel (storefront, staff entry, marketplaces) — channel,
 * company, status, payment and fulfillment state, who entered it and which sales rep owns it —
 * filtered by channel, company, rep, dates, status, payment and shipping state and a search
 * (order, PO or marketplace number, or e-mail). Staff drafts, orders waiting for approval and rejected ones are included with their
 * own status (a rejected order is a cancelled Medusa draft, never shown as "draft").
 */
export async function listOrders(container: MedusaContainer, q: OrderListFilters) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (q.channel) filters.sales_channel_id = q.channel
  if (q.rep) filters.metadata = { ordo_rep_id: q.rep }
  // Search: a marketplace number or a PO number finds its orders; "#12" or "12" that order; other
  // text goes to Medusa's order search (e-mail, addresses).
  const term = q.q?.trim().replace(/^#/, "")
  if (term) {
    // A marketplace's own order number ("#1001", "113-7429-…") finds the order it became.
    const external = await container
      .resolve<ChannelModuleService>(CHANNEL_MODULE)
      .listChannelOrders({ external_number: [term, `#${term}`], order_id: { $ne: null } } as any, {
        select: ["order_id"],
      })
    // A buyer's PO number (as typed at checkout or entry) finds its orders.
    const byPo = external.length
      ? []
      : await container
          .resolve(Modules.ORDER)
          .listOrders({ metadata: { po_number: term } } as any, { select: ["id"], take: 50 })
    if (external.length) filters.id = external.map((c: any) => c.order_id as string)
    else if (byPo.length) filters.id = byPo.map((o) => o.id)
    else if (/^\d+$/.test(term)) filters.display_id = Number(term)
    else filters.q = term
  }
  const from = q.from ? new Date(`${q.from}T00:00:00.000Z`) : undefined
  const to = q.to ? new Date(Date.parse(`${q.to}T00:00:00.000Z`) + 86_400_000 - 1) : undefined
  if (from || to) filters.created_at = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) }
  const status = q.status
  if (status === "draft" || status === "requires_approval" || status === "rejected") {
    // All three are Medusa draft orders; waiting and rejected ones are told apart by their approval request.
    const approvals = container.resolve<ApprovalModuleService>(APPROVAL_MODULE)
    const requestOrders = async (state: "pending" | "rejected") =>
      (
        await approvals.listApprovalRequests(
          { status: state },
          { select: ["order_id"], take: null as unknown as number },
        )
      ).map((r: any) => r.order_id as string)
    filters.is_draft_order = true
    if (status === "draft") {
      filters.status = "draft"
      const pending = await requestOrders("pending")
      if (pending.length) filters.id = narrowIds(filters.id, { $nin: pending })
    } else {
      const ids = await requestOrders(status === "rejected" ? "rejected" : "pending")
      filters.id = narrowIds(filters.id, ids)
    }
  } else if (status) Object.assign(filters, { status, is_draft_order: false })
  if (q.company_id) {
    const { data: buyers } = await query.graph({
      entity: "company_buyer",
      fields: ["customer_id"],
      filters: { company: { id: q.company_id } } as any,
    })
    filters.customer_id = buyers.length ? buyers.map((b: any) => b.customer_id) : ["none"]
  }
  if (q.payment || q.shipping) {
    // Both states are worked out per order (as the badges show them): read the placed orders that
    // match the other filters, keep those in the state asked for, then page through them.
    const { result: scanned } = await getOrdersListWorkflow(container).run({
      input: {
        fields: ["id", "total", "fulfillment_status"],
        variables: {
          // A cancelled order is neither "not shipped" nor "unpaid" unless cancelled ones are asked for.
          filters: {
            status: ["pending", "requires_action", "completed", "archived"],
            ...filters,
            is_draft_order: false,
          },
          skip: 0,
          take: STATE_FILTER_SCAN,
          order: { created_at: "DESC" },
        },
      },
    })
    const candidates = (Array.isArray(scanned) ? scanned : (scanned as { rows: any[] }).rows) as any[]
    const states = await orderStates(
      container,
      candidates.map((o) => ({ id: o.id, total: o.total, progress: progressOfMedusaStatus(o.fulfillment_status) })),
    )
    const kept = candidates
      .filter((o) => {
        const s = states.get(o.id)
        return (!q.payment || s?.payment_state === q.payment) && (!q.shipping || s?.shipping_state === q.shipping)
      })
      .map((o) => o.id as string)
    filters.id = kept.length ? kept : ["none"]
    filters.is_draft_order = false
  }
  const { result } = await getOrdersListWorkflow(container).run({
    input: {
      fields: [
        "id",
        "display_id",
        "created_at",
        "status",
        "is_draft_order",
        "currency_code",
        "total",
        "metadata",
        "customer_id",
        "sales_channel_id",
        "payment_status",
        "fulfillment_status",
        "customer.first_name",
        "customer.last_name",
        "customer.email",
      ],
      variables: { filters, skip: q.offset, take: q.limit, order: { created_at: "DESC" } },
    },
  })
  const { rows, metadata } = Array.isArray(result)
    ? { rows: result, metadata: { count: result.length } }
    : (result as { rows: any[]; metadata: { count: number } })
  const channels = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { select: ["id", "name"] })
  const channelName = new Map(channels.map((c) => [c.id, c.name]))
  const customerIds = [...new Set((rows as any[]).map((o) => o.customer_id).filter(Boolean))]
  const { data: memberships } = customerIds.length
    ? await query.graph({
        entity: "company_buyer",
        fields: ["customer_id", "company.id", "company.legal_name"],
        filters: { customer_id: customerIds },
      })
    : { data: [] as any[] }
  const companyOf = new Map((memberships as any[]).map((m) => [m.customer_id, m.company]))
  const repNames = await staffNames(
    container,
    (rows as any[]).map((o) => o.metadata?.ordo_rep_id),
  )
  // Shipping from Medusa's fulfillment status and the carriers' news; payment from Ordo's invoices.
  const states = await orderStates(
    container,
    (rows as any[])
      .filter((o) => !o.is_draft_order)
      .map((o) => ({ id: o.id, total: o.total, progress: progressOfMedusaStatus(o.fulfillment_status) })),
  )
  const orders = (rows as any[]).map((o) => {
    const waiting = o.is_draft_order && o.metadata?.ordo_approval === "requires_approval"
    const rejected = o.is_draft_order && (o.metadata?.ordo_approval === "rejected" || o.status === "canceled")
    const company = companyOf.get(o.customer_id)
    return {
      id: o.id,
      display_id: o.display_id,
      created_at: o.created_at,
      channel: o.sales_channel_id
        ? { id: o.sales_channel_id, name: channelName.get(o.sales_channel_id) ?? null }
        : null,
      company: company ? { id: company.id, name: company.legal_name } : null,
      customer: o.customer ? { id: o.customer_id, name: personName(o.customer), email: o.customer.email } : null,
      status: o.is_draft_order ? (rejected ? "rejected" : waiting ? "requires_approval" : "draft") : o.status,
      payment_status: o.payment_status ?? null,
      fulfillment_status: o.fulfillment_status ?? null,
      shipping_state: states.get(o.id)?.shipping_state ?? null,
      payment_state: states.get(o.id)?.payment_state ?? null,
      total: toAmount(o.total, o.currency_code),
      currency_code: o.currency_code,
      entered_by: o.metadata?.entered_by ?? null,
      /** The sales rep who owns the order (the company's rep when it was placed). */
      sales_rep: o.metadata?.ordo_rep_id
        ? { id: o.metadata.ordo_rep_id, name: repNames.get(o.metadata.ordo_rep_id) ?? o.metadata.ordo_rep_id }
        : null,
      po_number: o.metadata?.po_number ?? null,
      /** A marketplace order's own number and where it came from. */
      external:
        o.metadata?.external_number != null
          ? { number: o.metadata.external_number, channel: o.metadata.channel_name ?? o.metadata.channel_type ?? null }
          : null,
    }
  })
  return { orders, count: metadata.count, channels: channels.map((c) => ({ id: c.id, name: c.name })) }
}

/** An id filter that keeps what an earlier filter (a search) already narrowed to. */
function narrowIds(current: unknown, next: string[] | { $nin: string[] }): unknown {
  if (!Array.isArray(current)) return Array.isArray(next) ? (next.length ? next : ["none"]) : next
  const kept = Array.isArray(next)
    ? current.filter((id) => next.includes(id))
    : current.filter((id) => !next.$nin.includes(id))
  return kept.length ? kept : ["none"]
}
