import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { APPROVAL_MODULE } from "../../modules/approval"
import type ApprovalModuleService from "../../modules/approval/service"

export const BUYER_ORDERS_PAGE_SIZE = 20

export type BuyerOrderFilters = {
  q?: string
  status?: "requires_approval" | "rejected" | "pending" | "completed" | "canceled"
  /** Inclusive days. */
  from?: string
  to?: string
  page?: number
}

const NONE = ["ordo_none"]

/**
 * The order-history filters of a company's buyers as Medusa order filters: "#12" or "12" finds
 * order 12, any text finds the orders with that PO number; a status of Ordo's (waiting for
 * approval and rejected come from the approval requests); a period of days. Reads only the
 * approval requests and, for a PO number, the matching order ids — never the orders themselves.
 */
export async function buyerOrderFilters(
  container: MedusaContainer,
  customerIds: string[],
  f: BuyerOrderFilters,
): Promise<Record<string, unknown>> {
  const filters: Record<string, unknown> = { customer_id: customerIds.length ? customerIds : NONE }
  const and: Record<string, unknown>[] = []
  const term = f.q?.trim().replace(/^#/, "")
  if (term) {
    const byPo = await container
      .resolve(Modules.ORDER)
      .listOrders({ customer_id: customerIds, metadata: { po_number: term } } as any, { select: ["id"], take: 100 })
    const ids = byPo.map((o) => o.id)
    const or: Record<string, unknown>[] = [{ id: ids.length ? ids : NONE }]
    if (/^\d{1,9}$/.test(term)) or.push({ display_id: Number(term) })
    and.push({ $or: or })
  }
  if (f.status) {
    const approvals = container.resolve<ApprovalModuleService>(APPROVAL_MODULE)
    const byApproval = async (status: string) =>
      (
        await approvals.listApprovalRequests({ status } as any, {
          select: ["order_id"],
          take: null as unknown as number,
        })
      ).map((r: any) => r.order_id as string)
    if (f.status === "requires_approval" || f.status === "rejected") {
      const ids = await byApproval(f.status === "requires_approval" ? "pending" : "rejected")
      and.push({ id: ids.length ? ids : NONE })
    } else {
      const held = [...(await byApproval("pending")), ...(await byApproval("rejected"))]
      and.push({ status: f.status, is_draft_order: false }, ...(held.length ? [{ id: { $nin: held } }] : []))
    }
  }
  const from = f.from ? new Date(`${f.from.slice(0, 10)}T00:00:00.000Z`) : undefined
  const to = f.to ? new Date(Date.parse(`${f.to.slice(0, 10)}T00:00:00.000Z`) + 86_400_000 - 1) : undefined
  if (from || to) filters.created_at = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) }
  if (and.length) filters.$and = and
  return filters
}

/** One page of the company's orders, newest first, with the number of orders the filters find. */
export async function listBuyerOrders(
  container: MedusaContainer,
  customerIds: string[],
  f: BuyerOrderFilters,
  fields: string[],
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const page = f.page ?? 1
  const { data, metadata } = await query.graph({
    entity: "order",
    fields,
    filters: (await buyerOrderFilters(container, customerIds, f)) as any,
    pagination: {
      skip: (page - 1) * BUYER_ORDERS_PAGE_SIZE,
      take: BUYER_ORDERS_PAGE_SIZE,
      order: { created_at: "DESC" },
    },
  })
  return { orders: data as any[], count: Number(metadata?.count ?? data.length), page }
}
