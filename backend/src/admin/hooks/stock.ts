import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"

export type StockLevel = {
  variant_id: string
  sku: string
  title: string
  title_zh?: string | null
  inventory_item_id: string
  location_id: string
  location_name: string
  stocked: number
  reserved: number
  available: number
  threshold: number | null
  low: boolean
}
export type StockLocation = { id: string; name: string }

export const useStockLocations = () =>
  useQuery({
    queryKey: ordoKeys.stock.locations(),
    queryFn: () => sdk.client.fetch<{ locations: StockLocation[] }>("/admin/ordo/stock/locations"),
    ...fresh,
  })

export type LevelPage = { levels: StockLevel[]; count: number; limit: number; offset: number }
export type LevelPageQuery = { q: string; low?: boolean; limit: number; offset: number }

/**
 * A page of levels per SKU and location, searched by the words of SKU, name or size ("" for all),
 * only the low ones if asked, with the count of all; the last page stays while the next loads.
 */
export const useStockLevels = ({ q, low = false, limit, offset }: LevelPageQuery) =>
  useQuery({
    queryKey: [...ordoKeys.stock.levels(q), { low, limit, offset }],
    queryFn: () =>
      sdk.client.fetch<LevelPage>("/admin/ordo/stock/levels", {
        query: { ...(q ? { q } : {}), ...(low ? { low: "true" } : {}), limit, offset },
      }),
    placeholderData: keepPreviousData,
    ...fresh,
  })

/** How many levels are low (nothing left, or at or below the threshold), for the tab's label. */
export const useLowStockCount = () =>
  useQuery({
    queryKey: [...ordoKeys.stock.low(), "count"],
    queryFn: () => sdk.client.fetch<LevelPage>("/admin/ordo/stock/levels", { query: { low: "true", limit: 1 } }),
    select: (page) => page.count,
    ...fresh,
  })

/** One line of the log: a manual change, a shipment (quantity < 0) or a received return. */
export type StockMovement = {
  id: string
  kind: "adjustment" | "transfer" | "receipt" | "shipment" | "return"
  sku: string
  from_location_id: string | null
  to_location_id: string | null
  quantity: number
  reason: string | null
  reference: string | null
  order_id: string | null
  order_display_id: number | null
  actor_name: string | null
  created_at: string
}

/** The movement log (manual changes, shipments, received returns), of one SKU or ("") of all. */
export const useStockMovements = (sku: string) =>
  useQuery({
    queryKey: ordoKeys.stock.movements(sku),
    queryFn: () =>
      sdk.client.fetch<{ movements: StockMovement[] }>("/admin/ordo/stock/movements", {
        query: sku ? { sku } : undefined,
      }),
    placeholderData: keepPreviousData,
    ...fresh,
  })

/** A SKU's FIFO cost layers; nothing asked while `sku` is null or empty. */
export const useCostLayers = (sku: string | null) =>
  useQuery({
    queryKey: ordoKeys.stock.layers(sku ?? ""),
    queryFn: () => sdk.client.fetch<{ layers: any[] }>("/admin/ordo/stock/cost-layers", { query: { sku } }),
    enabled: !!sku,
    ...fresh,
  })

export const usePurchaseReceipts = () =>
  useQuery({
    queryKey: ordoKeys.stock.receipts(),
    queryFn: () => sdk.client.fetch<{ receipts?: any[] }>("/admin/ordo/purchase-receipts"),
    ...fresh,
  })

/** Every stock change moves levels, low stock, the log and cost layers: the whole stock family refetches. */
function useStockMutation<B, R = unknown>(path: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: B) => sdk.client.fetch<R>(path, { method: "POST", body: body as Record<string, unknown> }),
    onSuccess: () => client.invalidateQueries({ queryKey: ordoKeys.stock.all }),
  })
}

export const useSetThreshold = () =>
  useStockMutation<{ sku: string; location_id: string; threshold: number | null }>("/admin/ordo/stock/thresholds")

export const useAdjustStock = () =>
  useStockMutation<{ sku: string; location_id: string; quantity: number; reason: string }>(
    "/admin/ordo/stock/adjustments",
  )

export const useTransferStock = () =>
  useStockMutation<{ sku: string; from_location_id: string; to_location_id: string; quantity: number; reason: string }>(
    "/admin/ordo/stock/transfers",
  )

export type ReceiptBody = {
  supplier: string
  received_at: string
  reference?: string
  currency_code?: string
  lines: { sku: string; quantity: number; unit_cost: string; location_id: string }[]
}

export const useBookReceipt = () => useStockMutation<ReceiptBody, { receipt?: any }>("/admin/ordo/purchase-receipts")
