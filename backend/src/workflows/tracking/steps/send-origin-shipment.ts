import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { marketplaceFailure, marketplaceSource, type ShipmentNote } from "../../../queries/marketplace/clients"

/** Shopify: a fulfillment with tracking (Idempotency-Key = the parcel); Amazon: confirmShipment. Cannot be unsent. */
export const sendOriginShipmentStep = createStep(
  "ordo-send-origin-shipment",
  async (input: { connection: any; note: ShipmentNote }) => {
    try {
      await marketplaceSource(input.connection).confirmShipment({
        ...input.note,
        shipped_at: new Date(input.note.shipped_at),
      })
    } catch (e) {
      throw marketplaceFailure(input.connection, e)
    }
    return new StepResponse(true)
  },
)
