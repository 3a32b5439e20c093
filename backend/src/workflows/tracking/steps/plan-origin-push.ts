import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { carrierName } from "@ordo/shippo"
import { CHANNEL_MODULE } from "../../../modules/channel"
import type ChannelModuleService from "../../../modules/channel/service"
import { TRACKING_MODULE } from "../../../modules/tracking"
import type TrackingModuleService from "../../../modules/tracking/service"
import type { ShipmentNote } from "../../../queries/marketplace/clients"

/**
 * Whether a parcel must be told to the marketplace its order came from, and what: nothing for
 * orders of our own channels, file imports, or a parcel already told. The marketplace's lines
 * are matched by SKU to the lines in the parcel (all of them when none match).
 */
export const planOriginPushStep = createStep(
  "ordo-plan-origin-push",
  async (input: { shipment_id: string }, { container }) => {
    const tracking = container.resolve<TrackingModuleService>(TRACKING_MODULE)
    const [shipment] = await tracking.listShipments({ id: input.shipment_id }, { take: 1 })
    if (!shipment || shipment.origin_pushed_at) return new StepResponse(null)
    const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
    const [origin] = await channels.listChannelOrders({ order_id: shipment.order_id } as any, {
      relations: ["connection"],
      take: 1,
    })
    const connection = (origin as any)?.connection
    if (!origin || !connection || !["shopify", "amazon"].includes(connection.type)) return new StepResponse(null)
    const payloadLines = (((origin as any).payload?.lines ?? []) as any[]).filter((l) => l?.external_line_id)
    let shippedSkus = new Map<string, number>()
    if (shipment.fulfillment_id) {
      const f = await container
        .resolve(Modules.FULFILLMENT)
        .retrieveFulfillment(shipment.fulfillment_id, { relations: ["items"] })
      shippedSkus = new Map(
        (f.items ?? []).map((i: any) => [String(i.sku ?? ""), Number(i.quantity)] as const).filter(([sku]) => sku),
      )
    }
    const matched = payloadLines
      .filter((l) => shippedSkus.has(String(l.sku ?? "")))
      .map((l) => ({
        external_line_id: String(l.external_line_id),
        quantity: Math.min(Number(l.quantity), shippedSkus.get(String(l.sku)) ?? Number(l.quantity)),
      }))
    const lines = matched.length
      ? matched
      : payloadLines.map((l) => ({ external_line_id: String(l.external_line_id), quantity: Number(l.quantity) }))
    const note: ShipmentNote = {
      external_order_id: origin.external_id,
      lines,
      carrier_code: shipment.carrier,
      carrier_name: carrierName(shipment.carrier, "en"),
      tracking_number: shipment.tracking_number,
      tracking_url: shipment.tracking_url ?? null,
      shipped_at: new Date(shipment.shipped_at),
      idempotency_key: `ordo-shipment-${shipment.id}`,
    }
    return new StepResponse({ shipment_id: shipment.id, connection, note })
  },
)
