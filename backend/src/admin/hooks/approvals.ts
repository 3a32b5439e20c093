import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"

/** The approval queue: every request, newest first. */
export const useApprovals = () =>
  useQuery({
    queryKey: ordoKeys.approvals.list(),
    queryFn: () => sdk.client.fetch<{ approvals: any[] }>("/admin/ordo/approvals"),
    ...fresh,
  })

/** One order's approval request (null when it needed none). */
export const useOrderApproval = (orderId: string) =>
  useQuery({
    queryKey: ordoKeys.approvals.order(orderId),
    queryFn: () => sdk.client.fetch<{ approval: any | null }>(`/admin/ordo/orders/${orderId}/approval`),
    ...fresh,
  })

/** Approve or reject the waiting level; the order's status and its stock reservations follow. */
export function useDecideApproval(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { decision: "approved" | "rejected"; comment?: string }) =>
      sdk.client.fetch(`/admin/ordo/approvals/${id}/decision`, { method: "POST", body }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ordoKeys.approvals.all }),
        client.invalidateQueries({ queryKey: ordoKeys.orders.all }),
        client.invalidateQueries({ queryKey: ordoKeys.stock.all }),
      ]),
  })
}

export const useApprovalRules = () =>
  useQuery({
    queryKey: ordoKeys.approvals.rules(),
    queryFn: () => sdk.client.fetch<{ rules: any[] }>("/admin/ordo/approval-rules"),
    ...fresh,
  })

export function useCreateApprovalRule() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch("/admin/ordo/approval-rules", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ordoKeys.approvals.rules() }),
  })
}

export function useUpdateApprovalRule() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; active: boolean }) =>
      sdk.client.fetch(`/admin/ordo/approval-rules/${id}`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ordoKeys.approvals.rules() }),
  })
}
