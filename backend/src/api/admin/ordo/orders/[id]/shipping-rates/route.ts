import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { shippingOrder } from "../../../../../../queries/tracking/shipping-order"
import { shippoClient } from "../../../../../../queries/tracking/shippo"
import { notFound } from "../../../../../http"
import type { RatesBody } from "../../shipping-validators"

const DEFAULT_PARCEL = { weight_kg: 1, length_cm: 30, width_cm: 20, height_cm: 10 }

const shippoAddress = (a: Record<string, any>, name: string) => ({
  name,
  company: a.company ?? undefined,
  street1: a.address_1 ?? "",
  street2: a.address_2 ?? undefined,
  city: a.city ?? "",
  state: a.province ?? undefined,
  zip: a.postal_code ?? "",
  country: String(a.country_code ?? "").toUpperCase(),
  phone: a.phone ?? undefined,
})

/**
 * Shippo's rates for one parcel of this order, from its warehouse to its delivery address.
 * Reads only: nothing is bought until staff pick a rate (POST …/shipments with rate_id).
 */
export async function POST(req: AuthenticatedMedusaRequest<RatesBody>, res: MedusaResponse) {
  const client = shippoClient()
  if (!client)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Shippo labels are not set up: add the Shippo API token first")
  const order = await shippingOrder(req.scope, req.params.id)
  if (!order) throw notFound("Order", req.params.id)
  if (!order.shipping_address || !order.from_address)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This order has no delivery address or warehouse address")
  const parcel = req.validatedBody.parcel ?? DEFAULT_PARCEL
  const shipment = await client
    .createShipment({
      address_from: shippoAddress(order.from_address, process.env.ORDO_SELLER_NAME ?? "Ordo warehouse"),
      address_to: shippoAddress(
        order.shipping_address,
        [order.shipping_address.first_name, order.shipping_address.last_name].filter(Boolean).join(" ") || "Receiver",
      ),
      parcels: [
        {
          length: String(parcel.length_cm),
          width: String(parcel.width_cm),
          height: String(parcel.height_cm),
          distance_unit: "cm",
          weight: String(parcel.weight_kg),
          mass_unit: "kg",
        },
      ],
      metadata: `Order ${order.display_id}`,
    })
    .catch((e: Error) => {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Shippo could not rate this parcel: ${e.message}`)
    })
  res.json({
    rates: shipment.rates.map((r) => ({
      id: r.id,
      carrier: r.carrier,
      service: r.servicelevel.name ?? r.servicelevel.token ?? "",
      amount: r.amount,
      currency_code: r.currency.toLowerCase(),
      estimated_days: r.estimated_days ?? null,
    })),
  })
}
