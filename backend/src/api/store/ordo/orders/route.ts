import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { personName } from "../../../../domain/names"
import { buyerScope } from "../../../../queries/company/buyer-scope"
import { BUYER_ORDERS_PAGE_SIZE, listBuyerOrders } from "../../../../queries/order/buyer-orders"
import { PROGRESS_FIELDS, progressOfOrderItems as progressOf } from "../../../../queries/tracking/progress"
import { orderStates } from "../../../../queries/tracking/shipments"
import type { StoreListOrders } from "../validators"

export const ORDER_LIST_FIELDS = [
  "id",
  "display_id",
  "status",
  "is_draft_order",
  "total",
  "currency_code",
  "created_at",
  "metadata",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
]

/** Ordo status a buyer reads: Medusa's, or whether the order waits for / failed approval. */
export const ordoStatus = (o: any, approval?: { status: string }) =>
  approval?.status === "pending" ? "requires_approval" : approval?.status === "rejected" ? "rejected" : o.status

/**
 * The company's orders (every buyer's), newest first, including those waiting for approval;
 * `?q=` an order or PO number, `?status=`, `?from=&to=` days, `?page=` (20 a page, with `count`).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  const { orders, count, page } = await listBuyerOrders(
    req.scope,
    scope.customer_ids,
    req.validatedQuery as z.infer<typeof StoreListOrders>,
    [...ORDER_LIST_FIELDS, ...PROGRESS_FIELDS],
  )
  const { data: approvals } = orders.length
    ? await query.graph({
        entity: "approval_request",
        fields: ["order_id", "status"],
        filters: { order_id: orders.map((o: any) => o.id), status: ["pending", "approved", "rejected"] },
      })
    : { data: [] as any[] }
  const byOrder = new Map(approvals.map((a: any) => [a.order_id, a]))
  const states = await orderStates(
    req.scope,
    orders.map((o: any) => ({ id: o.id, total: o.total, progress: progressOf(o) })),
  )
  res.json({
    count,
    page,
    page_size: BUYER_ORDERS_PAGE_SIZE,
    orders: orders.map(({ items: _items, ...o }: any) => ({
      ...o,
      placed_by: personName(o.customer),
      ordo_status: ordoStatus(o, byOrder.get(o.id)),
      ...states.get(o.id),
    })),
  })
}
