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
  /** Listings whose last push failed. */
  push_failing?: number
  last_push_at?: string | null
}

export type ChannelConnection = {
  id: string
  type: "shopify" | "amazon" | "file"
  name: string
  status: "enabled" | "paused"
  config: {
    currency_code: string
    shop_domain?: string
    api_base_url?: string
    marketplace_ids?: string[]
    seller_id?: string
    location_id?: string
    sync_from?: string
    utc_offset?: string
  } | null
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

export type ImportPreset = "auto" | "generic" | "shopify" | "amazon" | "taobao"
export const IMPORT_PRESETS: readonly ImportPreset[] = ["auto", "generic", "shopify", "amazon", "taobao"]

/** A file as the import routes take it (validators.ts OrderFileBody). */
export type OrderFileUpload = { filename: string; content_base64: string; preset: ImportPreset }

export type ImportRowError = {
  row: number
  column?: string
  field: string
  /** The reader's English sentence; `code` and `value` let other languages word it. */
  message: string
  code?: "required" | "invalid" | "conflict" | "rounded"
  value?: string
  external_id?: string
}

export type ImportPreview = {
  preset: Exclude<ImportPreset, "auto">
  headers: string[]
  rows: number
  orders: number
  new_orders: number
  already_imported: number
  errors: ImportRowError[]
  error_count: number
  skipped_orders: { external_id: string; rows: number[] }[]
  sample: {
    external_id: string
    external_number: string
    status: string
    placed_at: string | null
    buyer: string | null
    lines: { sku: string | null; title: string; quantity: number; unit_price: string }[]
    total: string
    currency_code: string
    already_imported: boolean
  }[]
}

export type ImportOutcomes = SyncResult["outcomes"]

export type ChannelImport = {
  id: string
  filename: string
  preset: string
  status: "running" | "done" | "failed"
  total: number
  processed: number
  outcomes: Partial<ImportOutcomes> | null
  row_errors?: ImportRowError[] | null
  error: string | null
  created_at: string
  updated_at?: string
  heartbeat_at?: string | null
  finished_at: string | null
}

export type ChannelListing = {
  id: string
  variant_id: string
  external_sku: string
  external_id: string
  last_sent: number | null
  last_sent_at: string | null
  last_error: string | null
  last_error_at: string | null
}

export type ChannelPush = {
  id?: string
  listing_id: string
  quantity: number
  idempotency_key: string
  status: "sent" | "failed"
  error: string | null
  latency_ms: number | null
  created_at: string
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

/** What a file holds and what importing it would do; nothing is written. */
export function usePreviewImport(id: string) {
  return useMutation({
    mutationFn: (body: OrderFileUpload) =>
      sdk.client.fetch<{ preview: ImportPreview }>(`${BASE}/${id}/imports/preview`, { method: "POST", body }),
  })
}

/** Starts the import (202): its orders are placed in the background; follow it with useChannelImport. */
export function useStartImport(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: OrderFileUpload) =>
      sdk.client.fetch<{ import: ChannelImport }>(`${BASE}/${id}/imports`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ordoKeys.channels.imports(id) }),
  })
}

/** One import's progress, asked every `intervalMs` (a second by default) while it runs. */
export const useChannelImport = (importId: string | null, intervalMs = 1000) =>
  useQuery({
    queryKey: ordoKeys.channels.import(importId ?? ""),
    queryFn: () => sdk.client.fetch<{ import: ChannelImport }>(`/admin/ordo/channel-imports/${importId}`),
    enabled: !!importId,
    refetchInterval: (q) => (q.state.data?.import.status === "running" ? intervalMs : false),
    ...fresh,
  })

/** The connection's past imports, newest first (asked again every 10 s while one runs). */
export const useChannelImports = (id: string, enabled = true) =>
  useQuery({
    queryKey: ordoKeys.channels.imports(id),
    queryFn: () =>
      sdk.client.fetch<{ imports: ChannelImport[]; count: number }>(`${BASE}/${id}/imports`, {
        query: { limit: 20 },
      }),
    enabled: !!id && enabled,
    refetchInterval: (q) => (q.state.data?.imports.some((i) => i.status === "running") ? 10_000 : false),
    ...fresh,
  })

/** Picks up an import a restart left behind now, instead of waiting for the minute job. */
export function useResumeImport(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (importId: string) =>
      sdk.client.fetch<{ import: ChannelImport }>(`/admin/ordo/channel-imports/${importId}/resume`, {
        method: "POST",
      }),
    onSuccess: (_r, importId) =>
      Promise.all([
        client.invalidateQueries({ queryKey: ordoKeys.channels.imports(id) }),
        client.invalidateQueries({ queryKey: ordoKeys.channels.import(importId) }),
      ]),
  })
}

/** What the connection's stock is pushed to: one listing per variant the marketplace sells. */
export const useChannelListings = (id: string, enabled = true) =>
  useQuery({
    queryKey: ordoKeys.channels.listings(id),
    queryFn: () => sdk.client.fetch<{ listings: ChannelListing[] }>(`${BASE}/${id}/listings`),
    enabled: !!id && enabled,
    ...fresh,
  })

/** The last stock pushes, newest first. */
export const useChannelPushes = (id: string, enabled = true) =>
  useQuery({
    queryKey: ordoKeys.channels.pushes(id),
    queryFn: () =>
      sdk.client.fetch<{ pushes: ChannelPush[]; count: number }>(`${BASE}/${id}/pushes`, { query: { limit: 20 } }),
    enabled: !!id && enabled,
    ...fresh,
  })

/** Re-learns the marketplace's listings and pushes their stock. */
export function useRefreshListings(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ listings: { created: number; updated: number; total: number; pushed: number } }>(
        `${BASE}/${id}/listings`,
        { method: "POST" },
      ),
    onSettled: () => client.invalidateQueries({ queryKey: ordoKeys.channels.all }),
  })
}

/** Compares the marketplace's quantities with ours and pushes what drifted. */
export function useReconcileStock(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ reconcile: { drifted: number; sent: number; failed: number } }>(`${BASE}/${id}/reconcile`, {
        method: "POST",
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ordoKeys.channels.all }),
  })
}
