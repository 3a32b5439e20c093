import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { postJson, sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"

/** ADR 021 "API contract": what the order widget reads and sends. */
export type ShipmentStatus = "PRE_TRANSIT" | "TRANSIT" | "DELIVERED" | "RETURNED" | "FAILURE" | "UNKNOWN"
export type ShippingState = "not_shipped" | "partly_shipped" | "shipped" | "partly_delivered" | "delivered"
export type PaymentState = "not_invoiced" | "unpaid" | "partly_paid" | "paid" | "overdue"

export type TrackingEvent = {
  status: ShipmentStatus
  details: string | null
  location: string | null
  occurred_at: string
}

export type ShipmentView = {
  id: string
  carrier: string
  carrier_name: string
  tracking_number: string
  tracking_url: string | null
  /** Staff only: the label PDF of a Shippo shipment. */
  label_url: string | null
  source: "shippo" | "manual"
  status: ShipmentStatus
  status_details: string | null
  status_at: string | null
  eta: string | null
  shipped_at: string
  delivered_at: string | null
  /** Newest first. */
  events: TrackingEvent[]
}

/** An order line with quantity still to ship. */
export type UnshippedItem = { id: string; title: string; sku: string | null; quantity: number }
export type Carrier = { code: string; name: string }

export type OrderShipments = {
  shipments: ShipmentView[]
  shipping_state: ShippingState
  payment_state: PaymentState
  unshipped: UnshippedItem[]
  /** Carriers a typed-in tracking number may name. */
  carriers: Carrier[]
  /** Labels can be bought (Shippo is configured). */
  shippo_enabled: boolean
}

export type Parcel = { weight_kg: number; length_cm: number; width_cm: number; height_cm: number }

export type ShippingRate = {
  id: string
  carrier: string
  service: string
  amount: string | number
  currency_code: string
  estimated_days: number | null
}

/** `rate_id` buys that Shippo label; otherwise `carrier` + `tracking_number` record a parcel sent by other means. */
export type CreateShipmentBody = {
  items?: { id: string; quantity: number }[]
  rate_id?: string
  carrier?: string
  tracking_number?: string
}

const base = (orderId: string) => `/admin/ordo/orders/${orderId}`

/** The order's shipments, its shipping and payment states, what is left to ship and how it can ship. */
export const useOrderShipments = (orderId: string) =>
  useQuery({
    queryKey: ordoKeys.shipping.order(orderId),
    queryFn: () => sdk.client.fetch<OrderShipments>(`${base(orderId)}/shipments`),
    enabled: !!orderId,
    ...fresh,
  })

/** Shippo's rates for a parcel of the order (nothing is bought). A failure throws an ApiError (message, field). */
export function useShippingRates(orderId: string) {
  return useMutation({
    mutationFn: (body: { parcel?: Parcel }) =>
      postJson<{ rates: ShippingRate[] }>(`${base(orderId)}/shipping-rates`, body),
  })
}

/**
 * Ships items of the order: buys the label of the picked rate, or records a typed carrier + number.
 * The order's own screens refetch: ours (shipments, the order lists, stock) and Medusa's order page
 * (its fulfillments, reservations and inventory, with the dashboard's own query keys).
 */
export function useCreateShipment(orderId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateShipmentBody) => postJson<{ shipment: ShipmentView }>(`${base(orderId)}/shipments`, body),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ordoKeys.shipping.order(orderId) }),
        client.invalidateQueries({ queryKey: ordoKeys.orders.all }),
        client.invalidateQueries({ queryKey: ordoKeys.stock.all }),
        client.invalidateQueries({ queryKey: ordoKeys.receivables.all }),
        // The dashboard's keys (queryKeysFactory("orders") and its preview key, as its own fulfillment mutation does).
        client.invalidateQueries({ queryKey: ["orders"] }),
        client.invalidateQueries({ queryKey: [["orders", "detail", orderId], "preview"] }),
        client.invalidateQueries({ queryKey: ["reservation_items", "list"] }),
        client.invalidateQueries({ queryKey: ["inventory_items", "detail"] }),
      ]),
  })
}
