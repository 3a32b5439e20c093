import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"

export type OrderList = { orders: any[]; count: number; channels?: { id: string; name: string }[] }

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
