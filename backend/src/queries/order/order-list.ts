import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import { toAmount } from "../../domain/money"
import { personName } from "../../domain/names"
import { progressOfMedusaStatus } from "../../domain/order-state"
import { APPROVAL_MODULE } from "../../modules/approval"
import type ApprovalModuleService from "../../modules/approval/service"
import { CHANNEL_MODULE } from "../../modules/channel"
import type ChannelModuleService from "../../modules/channel/service"
import { orderStates } from "../tracking/shipments"

export const ORDER_LIST_STATUSES = [
  "draft",
  "requires_approval",
  "pending",
  "completed",
  "canceled",
  "archived",
] as const

export type OrderListFilters = {
  status?: (typeof ORDER_LIST_STATUSES)[number]
  channel?: string
  company_id?: string
  q?: string
  /** Inclusive days, YYYY-MM-DD. */
  from?: string
  to?: string
  limit: number
  offset: number
}

/**
 * One list of the orders of every channel (storefront, staff entry, marketplaces) — channel,
 * company, status, payment and fulfillment state, who entered it — filtered by channel, company,
 * dates, status and a search (order number or e-mail). Staff drafts and orders waiting for
 * approval are included with their own status.
 */
export async function listOrders(container: MedusaContainer, q: OrderListFilters) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (q.channel) filters.sales_channel_id = q.channel
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
  if (status === "draft" || status === "requires_approval") {
    // Both are Medusa draft orders; the ones waiting for approval are those with a pending request.
    const pending = await container
      .resolve<ApprovalModuleService>(APPROVAL_MODULE)
      .listApprovalRequests({ status: "pending" }, { select: ["order_id"], take: null as unknown as number })
    const ids = pending.map((r: any) => r.order_id as string)
    filters.is_draft_order = true
    if (status === "requires_approval") filters.id = ids.length ? ids : ["none"]
    else if (ids.length) filters.id = { $nin: ids }
  } else if (status) Object.assign(filters, { status, is_draft_order: false })
  if (q.company_id) {
    const { data: buyers } = await query.graph({
      entity: "company_buyer",
      fields: ["customer_id"],
      filters: { company: { id: q.company_id } } as any,
    })
    filters.customer_id = buyers.length ? buyers.map((b: any) => b.customer_id) : ["none"]
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
  // Shipping from Medusa's fulfillment status and the carriers' news; payment from Ordo's invoices.
  const states = await orderStates(
    container,
    (rows as any[])
      .filter((o) => !o.is_draft_order)
      .map((o) => ({ id: o.id, total: o.total, progress: progressOfMedusaStatus(o.fulfillment_status) })),
  )
  const orders = (rows as any[]).map((o) => {
    const waiting = o.is_draft_order && o.metadata?.ordo_approval === "requires_approval"
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
      status: o.is_draft_order ? (waiting ? "requires_approval" : "draft") : o.status,
      payment_status: o.payment_status ?? null,
      fulfillment_status: o.fulfillment_status ?? null,
      shipping_state: states.get(o.id)?.shipping_state ?? null,
      payment_state: states.get(o.id)?.payment_state ?? null,
      total: toAmount(o.total, o.currency_code),
      currency_code: o.currency_code,
      entered_by: o.metadata?.entered_by ?? null,
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
