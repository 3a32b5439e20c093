import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { personName } from "../../../../../domain/names"
import { listApprovalViews } from "../../../../../queries/approval/approval-views"
import { chineseTitlesOfVariants } from "../../../../../queries/catalog/chinese-titles"
import { buyerScope } from "../../../../../queries/company/buyer-scope"
import { PROGRESS_FIELDS, progressOfOrderItems as progressOf } from "../../../../../queries/tracking/progress"
import { orderStates, shipmentsOfOrders } from "../../../../../queries/tracking/shipments"
import { notFound } from "../../../../http"
import { ORDER_LIST_FIELDS, ordoStatus } from "../route"

/** One of the company's orders with its lines and approval history; other companies' ids: 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      ...ORDER_LIST_FIELDS,
      "customer_id",
      "subtotal",
      "tax_total",
      "shipping_total",
      "discount_total",
      "shipping_address.*",
      "items.id",
      "items.title",
      "items.product_title",
      "items.variant_sku",
      "items.variant_id",
      "items.quantity",
      "items.unit_price",
      "items.is_tax_inclusive",
      "items.tax_total",
      "items.total",
      "items.subtotal",
      "items.variant_title",
      ...PROGRESS_FIELDS,
    ],
    filters: { id: req.params.id },
  })
  if (!order || !scope.customer_ids.includes(order.customer_id as string)) throw notFound("Order", req.params.id)
  const [[approval], shipments, titlesZh] = await Promise.all([
    listApprovalViews(req.scope, { order_id: order.id }),
    shipmentsOfOrders(req.scope, [order.id]).then((m) => m.get(order.id) ?? []),
    chineseTitlesOfVariants(
      req.scope,
      (order.items ?? []).map((i: any) => i?.variant_id),
    ),
  ])
  const states = await orderStates(
    req.scope,
    [{ id: order.id, total: order.total, progress: progressOf(order) }],
    new Map([[order.id, shipments]]),
  )
  // Buyers see who decided and why; only the company admin (and staff) act on it.
  res.json({
    order: {
      ...order,
      items: (order.items ?? []).map((i: any) => ({ ...i, title_zh: titlesZh.get(i?.variant_id) ?? null })),
      placed_by: personName(order.customer),
      ordo_status: ordoStatus(order, approval),
      ...states.get(order.id),
    },
    approval: approval ?? null,
    // Buyers see where their parcels are, not the label PDF.
    shipments: shipments.map(({ label_url: _label, source: _source, ...s }) => s),
  })
}
