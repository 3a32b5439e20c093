import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"

const BASE = "/admin/ordo/quotes"

/** Quotes, newest first; `status` "" for all. */
export const useQuotes = (status: string) =>
  useQuery({
    queryKey: ordoKeys.quotes.list(status),
    queryFn: () => sdk.client.fetch<{ quotes: any[] }>(BASE, { query: status ? { status } : undefined }),
    ...fresh,
  })

/** A line quoted above what can be sold now (queries/quote/stock-warnings.ts). */
export type QuoteStockWarning = {
  sku: string
  title: string | null
  quoted: number
  available: number
  in_stock: number
}

/** A quote with its versions and messages, the buyer's last prices, earlier quotes and stock warnings. */
export const useQuote = (id: string) =>
  useQuery({
    queryKey: ordoKeys.quotes.detail(id),
    queryFn: () =>
      sdk.client.fetch<{ quote: any; last_prices: any[]; earlier_quotes: any[]; stock_warnings?: QuoteStockWarning[] }>(
        `${BASE}/${id}`,
      ),
    enabled: !!id,
    ...fresh,
  })

/** Quotes also list on the company page and in order entry. */
function useInvalidateQuotes() {
  const client = useQueryClient()
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ordoKeys.quotes.all }),
      client.invalidateQueries({ queryKey: ordoKeys.companies.all }),
      client.invalidateQueries({ queryKey: ordoKeys.orderEntry.all }),
    ])
}

export function useCreateQuote() {
  const invalidate = useInvalidateQuotes()
  return useMutation({
    mutationFn: (body: {
      company_id: string
      customer_id: string
      lines: { sku: string; quantity: number; unit_price?: string }[]
    }) => sdk.client.fetch<{ quote: any }>(BASE, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useSaveQuoteVersion(id: string) {
  const invalidate = useInvalidateQuotes()
  return useMutation({
    mutationFn: (body: { note?: string; lines: Record<string, unknown>[] }) =>
      sdk.client.fetch(`${BASE}/${id}/versions`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useSendQuote(id: string) {
  const invalidate = useInvalidateQuotes()
  return useMutation({
    mutationFn: (body: { valid_until?: string; lead_time_note?: string }) =>
      sdk.client.fetch<{ quote: any; stock_warnings: QuoteStockWarning[] }>(`${BASE}/${id}/send`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export function usePostQuoteMessage(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: string) => sdk.client.fetch(`${BASE}/${id}/messages`, { method: "POST", body: { body } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ordoKeys.quotes.detail(id) }),
  })
}
