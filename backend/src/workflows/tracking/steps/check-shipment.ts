import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CARRIERS } from "@ordo/shippo"
import { dec } from "../../../domain/money"
import { normaliseEmail, normalisePostalCode } from "../../../queries/tracking/public-track"
import { shippingOrder } from "../../../queries/tracking/shipping-order"

export type ShipOrderInput = {
  order_id: string
  /** Lines and quantities in this parcel; every unshipped unit when absent. */
  items?: { id: string; quantity: number }[]
  /** A Shippo rate: buy its label. */
  rate_id?: string
  /** Otherwise the carrier and number staff typed in. */
  carrier?: string
  tracking_number?: string
  actor_id?: string
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * What will ship and how: refuses an order that is not placed (waiting for approval, a draft,
 * cancelled), lines not on the order or more than is left to ship, an unknown carrier, a
 * tracking number that cannot be one, and a label without a Shippo option at the warehouse.
 */
export const checkShipmentStep = createStep("ordo-check-shipment", async (input: ShipOrderInput, { container }) => {
  const order = await shippingOrder(container, input.order_id)
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
  if (order.is_draft_order)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This order is not placed yet (it waits for approval or is a draft)",
    )
  if (order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order is cancelled")
  const byId = new Map(order.items.map((i) => [i.id, i]))
  const items = input.items?.length
    ? input.items.filter((i) => i.quantity > 0)
    : order.items.filter((i) => i.unshipped > 0).map((i) => ({ id: i.id, quantity: i.unshipped }))
  if (!items.length) throw invalid("items: nothing is left to ship on this order")
  for (const i of items) {
    const line = byId.get(i.id)
    if (!line) throw invalid(`items: line ${i.id} is not on this order`)
    if (!Number.isInteger(i.quantity) || dec(i.quantity).gt(line.unshipped))
      throw invalid(`items: ${line.sku ?? line.title} has ${line.unshipped} left to ship, not ${i.quantity}`)
  }
  let carrier: string | null = null
  let trackingNumber: string | null = null
  let trackingUrl: string | null = null
  if (input.rate_id) {
    if (!order.shippo_option_id)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Labels cannot be bought for this order's warehouse")
  } else {
    const known = CARRIERS.find((c) => c.code === input.carrier)
    if (!known) throw invalid("carrier: choose a carrier from the list")
    trackingNumber = (input.tracking_number ?? "").replace(/\s+/g, "").toUpperCase()
    if (!/^[A-Z0-9_-]{6,40}$/.test(trackingNumber))
      throw invalid("tracking_number: 6 to 40 letters, digits or dashes, as printed on the waybill")
    carrier = known.code
    trackingUrl = known.tracking_url?.(trackingNumber) ?? null
  }
  const inParcel = new Map(items.map((i) => [i.id, i.quantity]))
  const completesOrder = order.items.every((i) => i.unshipped - (inParcel.get(i.id) ?? 0) <= 0)
  const address = order.shipping_address
  return new StepResponse({
    order_id: order.id,
    display_id: order.display_id,
    items,
    mode: input.rate_id ? ("label" as const) : ("manual" as const),
    rate_id: input.rate_id ?? null,
    shipping_option_id: input.rate_id ? order.shippo_option_id : null,
    carrier,
    tracking_number: trackingNumber,
    tracking_url: trackingUrl,
    completes_order: completesOrder,
    lookup_postal_code: address?.postal_code ? normalisePostalCode(address.postal_code) : null,
    lookup_email: order.email ? normaliseEmail(order.email) : null,
    actor_id: input.actor_id ?? null,
  })
})
