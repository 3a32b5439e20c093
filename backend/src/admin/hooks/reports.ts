import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"
import { queryString } from "./receivables"

export type ReportKind = "sales" | "products" | "payments-by-region" | "receivables-by-rep"

export type ReportFilters = {
  from?: string
  to?: string
  period?: string
  currency: string
  category?: string
  region?: string
  channel?: string
  rep?: string
  by?: string
  product?: string
}

/** The report's path with its filters; `format` gives the CSV / XLSX of the same rows. */
export const reportPath = (kind: ReportKind, filters: ReportFilters, format?: "csv" | "xlsx") =>
  `/admin/ordo/reports/${kind}?${queryString({ ...filters, format })}`

/** One report with the filters on screen (the previous answer stays while the next loads). */
export const useReport = (kind: ReportKind, filters: ReportFilters) => {
  const path = reportPath(kind, filters)
  return useQuery({
    queryKey: ordoKeys.reports.report(kind, path),
    queryFn: () => sdk.client.fetch<any>(path),
    placeholderData: (previous) => previous,
    enabled: Boolean(filters.currency),
    ...fresh,
  })
}

/** What the filters offer: currencies (from regions), categories, sales channels and staff (reps). */
export const useReportOptions = () =>
  useQuery({
    queryKey: ordoKeys.reports.options(),
    queryFn: async () => {
      const [regions, categories, channels, users] = await Promise.all([
        sdk.client.fetch<any>("/admin/regions?fields=currency_code&limit=100"),
        sdk.client.fetch<any>("/admin/product-categories?fields=id,name&limit=200"),
        sdk.client.fetch<any>("/admin/sales-channels?fields=id,name&limit=100"),
        sdk.client.fetch<any>("/admin/users?fields=id,first_name,last_name,email&limit=200"),
      ])
      return {
        currencies: [...new Set<string>((regions.regions ?? []).map((r: any) => r.currency_code as string))].sort(),
        categories: (categories.product_categories ?? []).map((c: any) => [c.id, c.name] as const),
        channels: (channels.sales_channels ?? []).map((c: any) => [c.id, c.name] as const),
        reps: (users.users ?? []).map(
          (u: any) => [u.id, [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email] as const,
        ),
      }
    },
    staleTime: 60_000,
    retry: false,
  })
