import { MedusaService } from "@medusajs/framework/utils"
import { Shipment } from "./models/shipment"
import { TrackingEvent } from "./models/tracking-event"

/** Shipments (carrier, number, label, normalised status) and their tracking history. */
export default class TrackingModuleService extends MedusaService({ Shipment, TrackingEvent }) {}
