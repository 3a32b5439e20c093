import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { personName } from "../../../../domain/names"
import { buyerScope } from "../../../../queries/company/buyer-scope"
import { PROGRESS_FIELDS, progressOfOrderItems as progressOf } from "../../../../queries/tracking/progress"
import { orderStates } from "../../../../queries/tracking/shipments"

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

/** The company's orders (every buyer's), newest first, including those waiting for approval. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [...ORDER_LIST_FIELDS, ...PROGRESS_FIELDS],
    filters: { customer_id: scope.customer_ids },
    pagination: { skip: 0, take: 100, order: { created_at: "DESC" } },
  })
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
    orders: orders.map(({ items: _items, ...o }: any) => ({
      ...o,
      placed_by: personName(o.customer),
      ordo_status: ordoStatus(o, byOrder.get(o.id)),
      ...states.get(o.id),
    })),
  })
}
