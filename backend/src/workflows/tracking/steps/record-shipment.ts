import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CARRIERS, carrierFromProvider } from "@ordo/shippo"
import { TRACKING_MODULE } from "../../../modules/tracking"
import type TrackingModuleService from "../../../modules/tracking/service"

export type RecordShipmentInput = {
  order_id: string
  fulfillment_id: string | null
  order_display_id: number
  /** Typed in by staff; for a bought label, read from the fulfillment Shippo's provider filled. */
  carrier: string | null
  tracking_number: string | null
  tracking_url: string | null
  source: "shippo" | "manual"
  completes_order: boolean
  lookup_postal_code: string | null
  lookup_email: string | null
}

/** The shipment row the tracking screens, the public lookup and the poll read; removed again if a later step fails. */
export const recordShipmentStep = createStep(
  "ordo-record-shipment",
  async (input: RecordShipmentInput, { container }) => {
    let { carrier, tracking_number, tracking_url } = input
    let label_url: string | null = null
    if (input.source === "shippo" && input.fulfillment_id) {
      const f = await container
        .resolve(Modules.FULFILLMENT)
        .retrieveFulfillment(input.fulfillment_id, { relations: ["labels"] })
      const label = f.labels?.[0]
      const data = (f.data ?? {}) as Record<string, any>
      // Shippo names carriers by provider ("USPS", "DHL Express"); its tracks API by token ("usps", "dhl_express").
      carrier = data.carrier ? carrierFromProvider(String(data.carrier)) : null
      tracking_number = label?.tracking_number ?? (data.tracking_number as string) ?? null
      tracking_url = label?.tracking_url || null
      label_url = label?.label_url || null
    }
    if (!carrier || !tracking_number)
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "The label came back without a carrier or tracking number",
      )
    const known = CARRIERS.find((c) => c.code === carrier)
    const [shipment] = await container.resolve<TrackingModuleService>(TRACKING_MODULE).createShipments([
      {
        ...input,
        carrier,
        tracking_number,
        tracking_url,
        label_url,
        // Shippo follows its own labels and the carriers it knows; Chinese express numbers are staff's to update.
        trackable: input.source === "shippo" || !!known?.shippo,
        status: input.source === "shippo" ? "PRE_TRANSIT" : "UNKNOWN",
        shipped_at: new Date(),
      },
    ])
    return new StepResponse(shipment, shipment.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<TrackingModuleService>(TRACKING_MODULE).deleteShipments([id])
  },
)
