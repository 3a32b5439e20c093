/** Events the tracking workflows emit; subscribers mail the buyer, alert staff and tell the marketplace. */
export const TRACKING_EVENTS = {
  /** A parcel left: { id } of the shipment. */
  shipped: "ordo.shipment.created",
  /** The carrier's news changed a shipment's status: { id, status, previous }. */
  statusChanged: "ordo.shipment.status_changed",
} as const
