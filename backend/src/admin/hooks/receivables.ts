import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"

/**
 * AR ageing per company, per sales rep and per currency, payment behaviour and the receipts
 * forecast; `rep` ("me", "none" or a user id) narrows it to one rep's customers.
 */
export const useReceivablesReport = (rep = "") =>
  useQuery({
    queryKey: ordoKeys.receivables.report(rep),
    queryFn: () =>
      sdk.client.fetch<{ companies: any[]; reps: any[]; totals: any[]; forecast: any[]; held: boolean }>(
        "/admin/ordo/reports/receivables",
        { query: rep ? { rep } : {} },
      ),
    ...fresh,
  })

/** A query string from the filters that are set (empty ones are left out). */
export const queryString = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(params).flatMap(([k, v]) => (v === undefined || v === "" ? [] : [[k, String(v)]])),
  ).toString()

export type InvoiceFilters = {
  q?: string
  rep?: string
  status?: string
  company_id?: string
  kind?: string
  limit?: number
  offset?: number
}

/** Invoices found by number, company, order no. or PO; filtered by status and company; paged. */
export const useInvoices = (filters: InvoiceFilters = {}) => {
  const qs = queryString(filters)
  return useQuery({
    queryKey: ordoKeys.receivables.invoices(qs),
    queryFn: () => sdk.client.fetch<{ invoices: any[]; count: number }>(`/admin/ordo/invoices?${qs}`),
    placeholderData: (previous) => previous,
    ...fresh,
  })
}

/** Payments received (newest first) with what each settled; paged. */
export const usePayments = (filters: { company_id?: string; limit?: number; offset?: number } = {}) => {
  const qs = queryString(filters)
  return useQuery({
    queryKey: ordoKeys.receivables.payments(qs),
    queryFn: () => sdk.client.fetch<{ payments: any[]; count: number }>(`/admin/ordo/payments?${qs}`),
    placeholderData: (previous) => previous,
    ...fresh,
  })
}

/** A company's statement of account for a period (inclusive days). */
export const useStatement = (companyId: string, period: { from: string; to: string }) => {
  const qs = queryString(period)
  return useQuery({
    queryKey: ordoKeys.receivables.statement(companyId, qs),
    queryFn: () => sdk.client.fetch<{ statement: any }>(`/admin/ordo/companies/${companyId}/statement?${qs}`),
    enabled: !!companyId && !!period.from && !!period.to,
    ...fresh,
  })
}

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
  /** The day the money arrived (YYYY-MM-DD); today when left out. */
  received_at?: string
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

/** Undoes a payment (a bounced cheque, a transfer recalled): its allocations are released. */
export function useReversePayment() {
  const invalidate = useInvalidateReceivables()
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      sdk.client.fetch<{ payment: any }>(`/admin/ordo/payments/${id}/reverse`, { method: "POST", body: { reason } }),
    onSuccess: invalidate,
  })
}

/** Uses what a payment left unallocated (the company's credit) on an invoice. */
export function useApplyCredit() {
  const invalidate = useInvalidateReceivables()
  return useMutation({
    mutationFn: ({ paymentId, invoice_id, amount }: { paymentId: string; invoice_id: string; amount: string }) =>
      sdk.client.fetch<{ payment: any }>(`/admin/ordo/payments/${paymentId}/apply`, {
        method: "POST",
        body: { allocations: [{ invoice_id, amount }] },
      }),
    onSuccess: invalidate,
  })
}

/** A credit note for returned or corrected lines of an invoice. */
export function useIssueCreditNote() {
  const invalidate = useInvalidateReceivables()
  return useMutation({
    mutationFn: ({
      invoiceId,
      ...body
    }: {
      invoiceId: string
      reason: string
      lines: { sku: string; quantity: number }[]
    }) =>
      sdk.client.fetch<{ credit_note: any }>(`/admin/ordo/invoices/${invoiceId}/credit-notes`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

/** Invoices a whole placed order by hand (companies invoiced manually, or a correction). */
export function useInvoiceOrder() {
  const invalidate = useInvalidateReceivables()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (orderId: string) =>
      sdk.client.fetch<{ invoice: any }>("/admin/ordo/invoices", { method: "POST", body: { order_id: orderId } }),
    onSuccess: () => Promise.all([invalidate(), client.invalidateQueries({ queryKey: ordoKeys.orders.all })]),
  })
}

/** Uses what a credit note left over (the company's credit) on another open invoice. */
export function useApplyCreditNote() {
  const invalidate = useInvalidateReceivables()
  return useMutation({
    mutationFn: ({ creditNoteId, invoice_id, amount }: { creditNoteId: string; invoice_id: string; amount: string }) =>
      sdk.client.fetch<{ credit_note: any }>(`/admin/ordo/invoices/${creditNoteId}/apply`, {
        method: "POST",
        body: { invoice_id, amount },
      }),
    onSuccess: invalidate,
  })
}
