import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"
import type { PaymentState, ShippingState } from "./shipping"

/** One row of All orders (queries/order/order-list.ts). */
export type OrderDeskRow = {
  id: string
  display_id: number
  created_at: string
  channel: { id: string; name: string | null } | null
  company: { id: string; name: string } | null
  customer: { id: string; name: string; email: string } | null
  status: string
  /** Medusa's own states (its payment collection and fulfillments). */
  payment_status: string | null
  fulfillment_status: string | null
  /** Ordo's states (ADR 021): from the items shipped and their tracking, and from Ordo's invoices. */
  shipping_state?: ShippingState
  payment_state?: PaymentState
  total: string
  currency_code: string
  entered_by: { id?: string; name?: string } | null
  /** The sales rep who owns the order (the company's rep when it was placed). */
  sales_rep: { id: string; name: string } | null
  po_number: string | null
  external: { number: string; channel: string | null } | null
}

export type OrderList = { orders: OrderDeskRow[]; count: number; channels?: { id: string; name: string }[] }

/** Every order of every channel; `query` is the list's search string (filters, offset, limit). */
export const useOrders = (query: string) =>
  useQuery({
    queryKey: ordoKeys.orders.list(query),
    queryFn: () =>
      sdk.client.fetch<OrderList>("/admin/ordo/orders", { query: Object.fromEntries(new URLSearchParams(query)) }),
    placeholderData: keepPreviousData,
    ...fresh,
  })

/** Where an order came from, who entered it, and what it earns (FIFO cost). */
export const useOrderMargin = (id: string) =>
  useQuery({
    queryKey: ordoKeys.orders.margin(id),
    queryFn: () => sdk.client.fetch<any>(`/admin/ordo/orders/${id}/margin`),
    ...fresh,
  })
