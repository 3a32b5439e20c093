import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query"
import { useMemo } from "react"
import { sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"

const BASE = "/admin/ordo/order-entry"

/** A company found by the customer search, with what matched (and the buyer when a buyer matched). */
export type CustomerMatch = {
  company_id: string
  legal_name: string
  aliases: string[]
  tax_id: string | null
  currency_code: string
  matched_on: string
  matched_text: string
  score: number
  buyer?: { customer_id: string; name: string }
}
export type StockAt = { location_id: string; name: string; available: number }
/** A variant as order entry offers it: the customer's price, stock per location, last price paid. */
export type EntryProduct = {
  variant_id: string
  sku: string
  title: string
  /** The Chinese name with the size, where the catalogue has one. */
  title_zh?: string | null
  unit_price: string
  list_price: string
  tax_inclusive: boolean
  allow_backorder: boolean
  available_total: number | null
  locations: StockAt[]
  unit_cost: string | null
  /** What was paid last, in the currency of that order (not necessarily the company's today). */
  last_paid: { unit_price: string; currency_code?: string; quantity: number; order_display_id: number } | null
  usual_quantity: number | null
}
export type EntryWarning = { key: string; code: string; index?: number; sku?: string; message: string }
export type EntryBlock = { code: string; index?: number; sku?: string; message: string }
/** What the check answers: lines priced, totals, and what blocks or must be confirmed. */
export type EntryCheck = {
  currency_code?: string
  tax_inclusive?: boolean
  lines: any[]
  totals: Record<string, string | null>
  blocks: EntryBlock[]
  warnings: EntryWarning[]
}
export type PasteLineError = { line: number; raw: string; sku?: string; code: string; error: string }
export type EntrySaved = {
  action: string
  status: string
  order_id?: string
  display_id?: number
  quote_id?: string
  approval_request_id?: string
  repeated?: boolean
  /** Asked for the order (repeated by the screen from what was sent). */
  requested_delivery_date?: string
  note?: string
}
/** The entry as the check and the submit take it. */
export type EntryBody = {
  company_id: string
  customer_id: string
  lines: { variant_id?: string; sku?: string; quantity: number; unit_price?: string }[]
  address_id?: string
  shipping_address?: Record<string, string>
  shipping_amount?: string
}

const customersQuery = (q: string) => ({
  queryKey: ordoKeys.orderEntry.customers(q),
  queryFn: () => sdk.client.fetch<{ matches?: CustomerMatch[] }>(`${BASE}/customers`, { query: { q } }),
  ...fresh,
})
const productsQuery = (companyId: string, q: string) => ({
  queryKey: ordoKeys.orderEntry.products(companyId, q),
  queryFn: () =>
    sdk.client.fetch<{ products?: EntryProduct[]; total?: number }>(`${BASE}/products`, {
      query: { company_id: companyId, q },
    }),
  ...fresh,
})
const checkQuery = (body: string) => ({
  queryKey: ordoKeys.orderEntry.check(body),
  queryFn: () => sdk.client.fetch<EntryCheck>(`${BASE}/check`, { method: "POST", body: JSON.parse(body) }),
  ...fresh,
})

/**
 * Companies matching the customer box (company, alias, tax id, buyer, phone, e-mail), asked from 2
 * characters; the last matches stay on show while the next search runs (as with the products below).
 */
export const useCustomerMatches = (q: string) =>
  useQuery({ ...customersQuery(q), enabled: q.length >= 2, placeholderData: keepPreviousData })

/** Products matching the "Add line" box for the company, at its prices. */
export const useProductSuggestions = (companyId: string, q: string) =>
  useQuery({ ...productsQuery(companyId, q), enabled: !!companyId && q.length >= 1, placeholderData: keepPreviousData })

/** Products for SKUs that did not come from the suggestions (pasted, drafts): stock per location, last paid. */
export function useProductLookups(companyId: string, skus: string[]) {
  const results = useQueries({
    queries: skus.map((sku) => ({ ...productsQuery(companyId, sku), enabled: !!companyId })),
  })
  const out: Record<string, EntryProduct> = {}
  results.forEach((r, i) => {
    const p = r.data?.products?.find((x) => x.sku === skus[i])
    if (p) out[p.sku] = p
  })
  return out
}

/** The entry priced and guarded as it stands (saves nothing); `body` is the entry as JSON, "" for none. */
export const useEntryCheck = (body: string) =>
  useQuery({ ...checkQuery(body), enabled: !!body, placeholderData: keepPreviousData })

/**
 * Reads order entry needs at a keystroke, outside a render: Enter on a search not yet answered,
 * a company picked, a saved draft reopened, the check again after a 422 or 409.
 */
export function useOrderEntryReads() {
  const client = useQueryClient()
  return useMemo(
    () => ({
      customers: async (q: string) => (await client.fetchQuery(customersQuery(q))).matches ?? [],
      products: async (companyId: string, q: string) =>
        (await client.fetchQuery(productsQuery(companyId, q))).products ?? [],
      customer: (companyId: string) =>
        client.fetchQuery({
          queryKey: ordoKeys.orderEntry.customer(companyId),
          queryFn: () => sdk.client.fetch<any>(`${BASE}/customers/${companyId}`),
          ...fresh,
        }),
      draft: (id: string) =>
        client.fetchQuery({
          queryKey: ordoKeys.orderEntry.draft(id),
          queryFn: () => sdk.client.fetch<any>(`${BASE}/drafts/${id}`),
          ...fresh,
        }),
      check: (body: string) => client.fetchQuery(checkQuery(body)),
      recheck: () => client.invalidateQueries({ queryKey: ordoKeys.orderEntry.checks() }),
    }),
    [client],
  )
}

/** Pasted text read into lines for the company (SKUs resolved, prices kept); unreadable lines come back as errors. */
export const useParseEntryLines = () =>
  useMutation({
    mutationFn: (body: { company_id: string; text: string }) =>
      sdk.client.fetch<{ lines?: any[]; errors?: PasteLineError[] }>(`${BASE}/parse`, { method: "POST", body }),
  })

/**
 * Saves the entry as a draft, a quote or an order. The idempotency key makes a double submit or a
 * retry answer with the first result. An order touches every screen (desk, quotes, approvals,
 * stock, receivables, the customer's recent orders): all of Ordo's queries refetch.
 */
export function useSubmitEntry() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ body, entryKey }: { body: Record<string, unknown>; entryKey: string }) =>
      sdk.client.fetch<EntrySaved>(`${BASE}/submit`, {
        method: "POST",
        body,
        headers: { "idempotency-key": entryKey },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ordoKeys.all }),
  })
}
