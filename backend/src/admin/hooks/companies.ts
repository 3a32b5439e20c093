import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"

const BASE = "/admin/ordo/companies"

/**
 * Companies, by name; `rep` ("me", "none" or a staff user id) narrows to one rep's customers.
 * A sales rep gets only their own whatever is asked (`held`).
 */
export const useCompanies = (rep = "") =>
  useQuery({
    queryKey: ordoKeys.companies.list(rep),
    queryFn: () =>
      sdk.client.fetch<{ companies: any[]; held: boolean; rep: string | null }>(BASE, {
        query: rep ? { rep } : {},
      }),
    ...fresh,
  })

export type SalesRep = { user_id: string; name: string; email: string; roles: string[] }

/** Who can own customers, whether the signed-in staff member may assign them, and whether they are held to their own. */
export const useSalesReps = () =>
  useQuery({
    queryKey: ordoKeys.staff.salesReps(),
    queryFn: () =>
      sdk.client.fetch<{ sales_reps: SalesRep[]; me: string; can_assign: boolean; held: boolean }>(
        "/admin/ordo/sales-reps",
      ),
    ...fresh,
  })

/** Gives the company to a sales rep (null: to nobody); lists, receivables and reports by rep follow. */
export function useAssignSalesRep(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (salesRepId: string | null) =>
      sdk.client.fetch<{ company: any }>(`${BASE}/${id}/sales-rep`, {
        method: "POST",
        body: { sales_rep_id: salesRepId },
      }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ordoKeys.companies.all }),
        client.invalidateQueries({ queryKey: ordoKeys.receivables.all }),
      ]),
  })
}

/** A company with its buyers and addresses, its price lists and its quotes. */
export const useCompany = (id: string) =>
  useQuery({
    queryKey: ordoKeys.companies.detail(id),
    queryFn: () => sdk.client.fetch<{ company: any; price_lists?: any[]; quotes?: any[] }>(`${BASE}/${id}`),
    enabled: !!id,
    ...fresh,
  })

/** Buyers, addresses and credit also show in order entry: a change refetches both. */
function useInvalidateCompany() {
  const client = useQueryClient()
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ordoKeys.companies.all }),
      client.invalidateQueries({ queryKey: ordoKeys.orderEntry.all }),
    ])
}

export function useCreateCompany() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { legal_name: string; aliases: string[]; tax_id?: string; currency_code: string }) =>
      sdk.client.fetch<{ company: any }>(BASE, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ordoKeys.companies.list() }),
  })
}

export function useUpdateCompany(id: string) {
  const invalidate = useInvalidateCompany()
  return useMutation({
    mutationFn: (body: { legal_name: string; tax_id: string | null; aliases: string[] }) =>
      sdk.client.fetch(`${BASE}/${id}`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

/** Makes an existing customer (found by e-mail through Medusa's customer list) a buyer of the company. */
export function useAttachBuyer(id: string) {
  const invalidate = useInvalidateCompany()
  return useMutation({
    mutationFn: async (email: string) => {
      const found = await sdk.admin.customer.list({ q: email, limit: 5 })
      const customer = found.customers.find((c) => c.email === email.trim().toLowerCase())
      if (!customer) throw new Error(`No customer with e-mail ${email}`)
      return sdk.client.fetch(`${BASE}/${id}/buyers`, {
        method: "POST",
        body: { customer_id: customer.id, role: "buyer" },
      })
    },
    onSuccess: invalidate,
  })
}

export function useUpdateBuyer(id: string) {
  const invalidate = useInvalidateCompany()
  return useMutation({
    mutationFn: ({ buyerId, ...body }: { buyerId: string; role?: string; spending_limit?: string | null }) =>
      sdk.client.fetch(`${BASE}/${id}/buyers/${buyerId}`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useRemoveBuyer(id: string) {
  const invalidate = useInvalidateCompany()
  return useMutation({
    mutationFn: (buyerId: string) => sdk.client.fetch(`${BASE}/${id}/buyers/${buyerId}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}

export function useAddCompanyAddress(id: string) {
  const invalidate = useInvalidateCompany()
  return useMutation({
    mutationFn: (body: Record<string, string>) => sdk.client.fetch(`${BASE}/${id}/addresses`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useRemoveCompanyAddress(id: string) {
  const invalidate = useInvalidateCompany()
  return useMutation({
    mutationFn: (addressId: string) => sdk.client.fetch(`${BASE}/${id}/addresses/${addressId}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}

/** A company's credit terms, limit, hold and exposure. */
export const useCompanyCredit = (id: string) =>
  useQuery({
    queryKey: ordoKeys.companies.credit(id),
    queryFn: () => sdk.client.fetch<{ credit: any; exposure: any }>(`${BASE}/${id}/credit`),
    ...fresh,
  })

export function useUpdateCompanyCredit(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (patch: Record<string, unknown>) =>
      sdk.client.fetch(`${BASE}/${id}/credit`, { method: "POST", body: patch }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ordoKeys.companies.credit(id) }),
        client.invalidateQueries({ queryKey: ordoKeys.orderEntry.all }),
      ]),
  })
}
