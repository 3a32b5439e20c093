import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"

export type StockLevel = {
  variant_id: string
  sku: string
  title: string
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

/** Levels per SKU and location, searched by SKU or product ("" for all); the last result stays while the next loads. */
export const useStockLevels = (q: string) =>
  useQuery({
    queryKey: ordoKeys.stock.levels(q),
    queryFn: () =>
      sdk.client.fetch<{ levels: StockLevel[] }>("/admin/ordo/stock/levels", { query: q ? { q } : undefined }),
    placeholderData: keepPreviousData,
    ...fresh,
  })

/** Levels at or below their threshold. */
export const useLowStock = () =>
  useQuery({
    queryKey: ordoKeys.stock.low(),
    queryFn: () => sdk.client.fetch<{ levels: StockLevel[] }>("/admin/ordo/stock/low"),
    ...fresh,
  })

/** The movement log, of one SKU or ("") of all. */
export const useStockMovements = (sku: string) =>
  useQuery({
    queryKey: ordoKeys.stock.movements(sku),
    queryFn: () =>
      sdk.client.fetch<{ movements: any[] }>("/admin/ordo/stock/movements", { query: sku ? { sku } : undefined }),
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
