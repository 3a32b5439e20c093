import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"

export type Figure = { count: number; amount: string | null; link: string }
export type MonthFigures = {
  month: string
  orders: number
  net_amount: string
  cost_amount: string
  profit: string
  margin: string | null
  link: string
}
export type DashboardAlert = {
  id: string
  kind: "product_order_drop" | "customer_cadence_drop" | "company_on_hold"
  subject_id: string
  subject_label: string
  details: Record<string, any>
  created_at: string
  link: string
}
/** GET /admin/ordo/dashboard (queries/reporting/dashboard.ts): sales figures are absent for warehouse staff. */
export type Dashboard = {
  currency: string
  currencies: string[]
  today: string
  scope: { rep_id: string | null; sales: boolean; manage_alerts: boolean }
  low_stock: { count: number; link: string }
  waiting_shipment: Figure
  waiting_approval?: Figure
  waiting_payment?: Figure
  received_this_month?: Figure
  overdue_now?: Figure
  sales: null | {
    current: MonthFigures
    previous: MonthFigures
    last_year: MonthFigures
    vs_previous: { net_amount: string | null; profit: string | null }
    vs_last_year: { net_amount: string | null; profit: string | null }
  }
  quotes?: { open: number; won: number; lost: number; win_rate: string | null; link: string }
  top_customers?: { company_id: string; name: string; orders: number; net_amount: string; link: string }[]
  top_products?: {
    product_id: string
    title: string
    orders: number
    quantity: number
    net_amount: string
    link: string
  }[]
  alerts: DashboardAlert[]
}
export type AlertRules = { threshold_percent: number; period_days: number; min_orders: number }

/** The dashboard's figures in a currency ("" = the store's default). */
export const useDashboard = (currency: string) =>
  useQuery({
    queryKey: ordoKeys.dashboard.figures(currency),
    queryFn: () => sdk.client.fetch<Dashboard>("/admin/ordo/dashboard", { query: currency ? { currency } : undefined }),
    ...fresh,
  })

export const useAlertRules = (enabled: boolean) =>
  useQuery({
    queryKey: ordoKeys.dashboard.rules(),
    queryFn: () => sdk.client.fetch<{ rules: AlertRules }>("/admin/ordo/alerts/settings"),
    enabled,
    ...fresh,
  })

export const useSaveAlertRules = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (rules: AlertRules) =>
      sdk.client.fetch<{ rules: AlertRules }>("/admin/ordo/alerts/settings", { method: "POST", body: rules }),
    onSuccess: () => client.invalidateQueries({ queryKey: ordoKeys.dashboard.all }),
  })
}

export const useRunAlerts = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch<{ raised: unknown[] }>("/admin/ordo/alerts/run", { method: "POST", body: {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: ordoKeys.dashboard.all }),
  })
}

export const useDismissAlert = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/ordo/alerts/${id}/dismiss`, { method: "POST", body: {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: ordoKeys.dashboard.all }),
  })
}
