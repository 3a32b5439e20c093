import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"

/** AR ageing per company and currency, payment behaviour and the receipts forecast. */
export const useReceivablesReport = () =>
  useQuery({
    queryKey: ordoKeys.receivables.report(),
    queryFn: () =>
      sdk.client.fetch<{ companies: any[]; totals: any[]; forecast: any[] }>("/admin/ordo/reports/receivables"),
    ...fresh,
  })

export const useInvoices = () =>
  useQuery({
    queryKey: ordoKeys.receivables.invoices(),
    queryFn: () => sdk.client.fetch<{ invoices: any[] }>("/admin/ordo/invoices"),
    ...fresh,
  })

export const useDunningLog = () =>
  useQuery({
    queryKey: ordoKeys.receivables.dunningLog(),
    queryFn: () => sdk.client.fetch<{ notices: any[] }>("/admin/ordo/dunning/log"),
    ...fresh,
  })

export const useDunningLevels = () =>
  useQuery({
    queryKey: ordoKeys.receivables.dunningLevels(),
    queryFn: () => sdk.client.fetch<{ levels: any[] }>("/admin/ordo/dunning/levels"),
    ...fresh,
  })

/** Payments, voids and reminders change balances, exposure and holds: receivables and credit refetch. */
function useInvalidateReceivables() {
  const client = useQueryClient()
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ordoKeys.receivables.all }),
      client.invalidateQueries({ queryKey: ordoKeys.companies.all }),
      client.invalidateQueries({ queryKey: ordoKeys.orderEntry.all }),
    ])
}

export type PaymentBody = {
  company_id: string
  amount: string
  method: string
  reference?: string
  allocations?: { invoice_id: string; amount: string }[]
}

/** A payment received; without allocations it settles the oldest due invoices first. */
export function useRecordPayment() {
  const invalidate = useInvalidateReceivables()
  return useMutation({
    mutationFn: (body: PaymentBody) =>
      sdk.client.fetch<{ payment: any }>("/admin/ordo/payments", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useVoidInvoice() {
  const invalidate = useInvalidateReceivables()
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      sdk.client.fetch(`/admin/ordo/invoices/${id}/void`, { method: "POST", body: { reason } }),
    onSuccess: invalidate,
  })
}

export function useSaveDunningLevel() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch("/admin/ordo/dunning/levels", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ordoKeys.receivables.dunningLevels() }),
  })
}

/** Sends today's reminders now (and puts companies on hold where a level says so). */
export function useRunDunning() {
  const invalidate = useInvalidateReceivables()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ sent: number; held: number }>("/admin/ordo/dunning/run", { method: "POST", body: {} }),
    onSuccess: invalidate,
  })
}
