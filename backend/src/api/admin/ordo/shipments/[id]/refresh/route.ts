import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { shipmentById, shipmentRow } from "../../../../../../queries/tracking/shipments"
import { shippoClient } from "../../../../../../queries/tracking/shippo"
import { refreshShipment } from "../../../../../../workflows/tracking/poll-tracking"
import { notFound } from "../../../../../http"

/** Staff's "Refresh": reads the parcel from Shippo now, as the poll would, and answers it. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shipment = await shipmentRow(req.scope, req.params.id)
  if (!shipment) throw notFound("Shipment", req.params.id)
  if (!shippoClient())
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Shippo tracking is not set up: add the Shippo API token first",
    )
  if (!shipment.trackable)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Shippo does not track this carrier: its news is not read automatically",
    )
  const raw = await refreshShipment(req.scope, shipment)
  res.json({ shipment: await shipmentById(req.scope, req.params.id), changed: raw.changed.length })
}
