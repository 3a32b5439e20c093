import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"

const BASE = "/admin/ordo/channels"

export type ChannelHealth = {
  orders_today: number
  imported_today: number
  exceptions_waiting: number
  last_webhook_at: string | null
  last_poll_at: string | null
  last_success_at: string | null
  last_error: string | null
  last_error_at: string | null
  /** Stock and fulfilment pushed out (added with the push side; absent before it). */
  pushes_today?: number
  push_backlog?: number
  last_push_at?: string | null
}

export type ChannelConnection = {
  id: string
  type: "shopify" | "amazon" | "file"
  name: string
  status: "enabled" | "paused"
  config: { currency_code: string; shop_domain?: string; api_base_url?: string; marketplace_ids?: string[] } | null
  has_credentials: boolean
  sales_channel_id: string
  stock_location_id: string
  safety_stock: number
  sync_cursor: string | null
  health: ChannelHealth
}

export type ChannelProblem = { code: string; message: string; sku?: string | null; line?: string }

export type ChannelOrderLine = {
  external_line_id: string
  sku: string | null
  title: string
  quantity: number
  unit_price: string
}

export type ChannelOrderRow = {
  id: string
  external_id: string
  external_number: string
  status: string
  created_at: string
  attempts: number
  problems: ChannelProblem[] | null
  payload: {
    currency_code: string
    placed_at?: string
    total: string
    buyer: { email?: string; name?: string }
    lines: ChannelOrderLine[]
  }
}

export type ConnectionTestResult =
  | {
      ok: true
      shop: { id: string; name: string; domain?: string; currency?: string; marketplace_ids?: string[] }
      currency_mismatch?: { chosen: string; marketplace: string }
    }
  | { ok: false; message: string }

export type SyncResult = {
  fetched: number
  outcomes: { imported: number; exception: number; waiting: number; cancelled: number; duplicate: number }
  unreadable: number
}

export type ResolveInput = { id: string; skus?: Record<string, string>; customer_id?: string; remember?: boolean }

/** Every connection with its health at a glance. */
export const useChannels = () =>
  useQuery({
    queryKey: ordoKeys.channels.list(),
    queryFn: () => sdk.client.fetch<{ channels: ChannelConnection[] }>(BASE),
    ...fresh,
  })

export const useChannel = (id: string) =>
  useQuery({
    queryKey: ordoKeys.channels.detail(id),
    queryFn: () => sdk.client.fetch<{ channel: ChannelConnection }>(`${BASE}/${id}`),
    enabled: !!id,
    ...fresh,
  })

/** The connection's exceptions queue: orders that wait for staff, newest first. */
export const useChannelExceptions = (id: string) =>
  useQuery({
    queryKey: ordoKeys.channels.exceptions(id),
    queryFn: () =>
      sdk.client.fetch<{ channel_orders: ChannelOrderRow[]; count: number }>(`${BASE}/${id}/orders`, {
        query: { status: "exception", limit: 50 },
      }),
    enabled: !!id,
    ...fresh,
  })

/** Where a connection's orders ship from: Medusa's stock locations (a handful; filtered in the browser). */
export const useStockLocations = () =>
  useQuery({
    queryKey: ordoKeys.channels.stockLocations(),
    queryFn: () => sdk.admin.stockLocation.list({ limit: 100, fields: "id,name" }),
    ...fresh,
  })

/** Our variants by SKU or title, for mapping a marketplace SKU. */
export const useVariantSearch = (q: string) =>
  useQuery({
    queryKey: ordoKeys.channels.variants(q),
    queryFn: () =>
      sdk.client.fetch<{ variants: { id: string; title: string; sku: string | null; product?: { title: string } }[] }>(
        "/admin/product-variants",
        { query: { q, limit: 8, fields: "id,title,sku,product.title" } },
      ),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
    ...fresh,
  })

/** Customers by name or e-mail, for placing an order for one of ours. */
export const useCustomerSearch = (q: string) =>
  useQuery({
    queryKey: ordoKeys.channels.customers(q),
    queryFn: () =>
      sdk.admin.customer.list({ q, limit: 8, fields: "id,email,first_name,last_name,company_name" }) as Promise<{
        customers: {
          id: string
          email: string
          first_name: string | null
          last_name: string | null
          company_name: string | null
        }[]
      }>,
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
    ...fresh,
  })

/** Calls the marketplace with the typed credentials; nothing is stored. */
export function useTestChannel() {
  return useMutation({
    mutationFn: (body: unknown) =>
      sdk.client.fetch<ConnectionTestResult>(`${BASE}/test-connection`, {
        method: "POST",
        body: body as Record<string, unknown>,
      }),
  })
}

export function useConnectChannel() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: unknown) =>
      sdk.client.fetch<{ channel: ChannelConnection }>(BASE, { method: "POST", body: body as Record<string, unknown> }),
    onSuccess: () => client.invalidateQueries({ queryKey: ordoKeys.channels.all }),
  })
}

/** Pause or resume, or change the safety stock. */
export function useUpdateChannel(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { status?: "enabled" | "paused"; safety_stock?: number }) =>
      sdk.client.fetch<{ channel: ChannelConnection }>(`${BASE}/${id}`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ordoKeys.channels.all }),
  })
}

/** A sync places orders: every screen showing orders refetches too. */
function useInvalidateOrders() {
  const client = useQueryClient()
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ordoKeys.channels.all }),
      client.invalidateQueries({ queryKey: ordoKeys.orders.all }),
    ])
}

export function useSyncChannel(id: string) {
  const invalidate = useInvalidateOrders()
  return useMutation({
    mutationFn: () => sdk.client.fetch<{ sync: SyncResult }>(`${BASE}/${id}/sync`, { method: "POST" }),
    onSuccess: invalidate,
  })
}

/** The order an exception became: its number, for the toast. */
async function placedOrder(orderId?: string | null) {
  if (!orderId) return undefined
  const { order } = await sdk.admin.order.retrieve(orderId, { fields: "id,display_id" })
  return { id: order.id, display_id: order.display_id }
}

/** Maps SKUs and/or picks the customer, then places the order; a 422 throws with the reason it still waits. */
export function useResolveChannelOrder() {
  const invalidate = useInvalidateOrders()
  return useMutation({
    mutationFn: async ({ id, ...body }: ResolveInput) => {
      const r = await sdk.client.fetch<{ result: { order_id?: string | null } }>(
        `/admin/ordo/channel-orders/${id}/resolve`,
        { method: "POST", body },
      )
      return placedOrder(r.result.order_id)
    },
    onSettled: invalidate,
  })
}

/** Tries an exception again as it stands (stock came in, the SKU was added). */
export function useRetryChannelOrder() {
  const invalidate = useInvalidateOrders()
  return useMutation({
    mutationFn: async (id: string) => {
      const r = await sdk.client.fetch<{ result: { order_id?: string | null } }>(
        `/admin/ordo/channel-orders/${id}/retry`,
        { method: "POST" },
      )
      return placedOrder(r.result.order_id)
    },
    onSettled: invalidate,
  })
}

export function useIgnoreChannelOrder() {
  const invalidate = useInvalidateOrders()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/ordo/channel-orders/${id}/ignore`, { method: "POST" }),
    onSuccess: invalidate,
  })
}
