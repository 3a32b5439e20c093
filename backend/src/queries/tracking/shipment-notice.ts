import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { carrierName } from "@ordo/shippo"
import { TRACKING_MODULE } from "../../modules/tracking"
import type TrackingModuleService from "../../modules/tracking/service"

/** What a shipping mail says: the parcel, its order and PO, the buyer's address and company language. */
export async function shipmentNotice(container: MedusaContainer, shipmentId: string) {
  const [shipment] = await container
    .resolve<TrackingModuleService>(TRACKING_MODULE)
    .listShipments({ id: shipmentId }, { take: 1 })
  if (!shipment) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "customer_id", "metadata"],
    filters: { id: shipment.order_id },
  })
  if (!order) return null
  const { data: memberships } = order.customer_id
    ? await query.graph({
        entity: "company_buyer",
        fields: ["company.legal_name", "company.locale"],
        filters: { customer_id: order.customer_id },
      })
    : { data: [] as any[] }
  const company = (memberships[0] as any)?.company
  const storefront = process.env.STOREFRONT_URL ?? "http://localhost:8000"
  const backend = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
  return {
    shipment,
    email: (order.email as string | null) ?? null,
    data: {
      shipment_id: shipment.id,
      order_id: order.id,
      order_display_id: order.display_id,
      po_number: ((order.metadata as any)?.po_number as string | undefined) ?? null,
      carrier: shipment.carrier,
      carrier_name: carrierName(shipment.carrier, "en"),
      carrier_name_zh: carrierName(shipment.carrier, "zh"),
      tracking_number: shipment.tracking_number,
      tracking_url: shipment.tracking_url ?? null,
      track_link: `${storefront}/track?number=${encodeURIComponent(shipment.tracking_number)}`,
      admin_link: `${backend}/app/orders/${order.id}`,
      status: shipment.status,
      details: shipment.status_details ?? null,
      at: shipment.delivered_at ? new Date(shipment.delivered_at).toISOString().slice(0, 10) : null,
      company_name: company?.legal_name ?? null,
      email: order.email ?? null,
      locale: company?.locale ?? "en",
    },
  }
}
