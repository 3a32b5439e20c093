import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CARRIERS } from "@ordo/shippo"
import { orderStates, shipmentById, shipmentsOfOrders } from "../../../../../../queries/tracking/shipments"
import { shippingOrder } from "../../../../../../queries/tracking/shipping-order"
import { shippoClient } from "../../../../../../queries/tracking/shippo"
import { shipOrderWorkflow } from "../../../../../../workflows/tracking/ship-order"
import { notFound } from "../../../../../http"
import type { ShipmentBody } from "../../shipping-validators"

/** The order's parcels with their tracking, what is left to ship, and the carriers staff can pick. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const order = await shippingOrder(req.scope, req.params.id)
  if (!order) throw notFound("Order", req.params.id)
  const shipments = (await shipmentsOfOrders(req.scope, [order.id])).get(order.id) ?? []
  const states = await orderStates(
    req.scope,
    [{ id: order.id, total: order.total, progress: order.progress }],
    new Map([[order.id, shipments]]),
  )
  res.json({
    shipments,
    ...states.get(order.id),
    unshipped: order.items
      .filter((i) => i.unshipped > 0)
      .map((i) => ({ id: i.id, title: i.title, sku: i.sku, quantity: i.unshipped })),
    carriers: CARRIERS.filter((c) => c.code !== "shippo" || process.env.NODE_ENV !== "production").map((c) => ({
      code: c.code,
      name: c.name,
      name_zh: c.name_zh,
    })),
    shippo_enabled: !!shippoClient() && !!order.shippo_option_id,
  })
}

/** Ships a parcel: buys the Shippo label for `rate_id`, or records the carrier and number typed in. */
export async function POST(req: AuthenticatedMedusaRequest<ShipmentBody>, res: MedusaResponse) {
  const { result } = await shipOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.json({ shipment: await shipmentById(req.scope, result.id) })
}
