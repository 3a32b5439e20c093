export const QUOTE_EVENTS = {
  /** A buyer accepted a sent quote and its order was placed (or waits for approval): { id, order_id, status }. */
  accepted: "ordo.quote.accepted",
} as const
