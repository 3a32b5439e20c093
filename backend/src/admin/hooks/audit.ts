import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"
import { queryString } from "./receivables"

export type AuditEntryView = {
  id: string
  at: string
  table_name: string
  row_id: string
  operation: "insert" | "update" | "delete"
  area: string | null
  changes: { field: string; before: unknown; after: unknown }[]
  link: { kind: "company" | "order" | "invoice" | "user"; id: string } | null
  ref: Record<string, unknown> | null
  actor_id: string | null
  actor_email: string | null
  actor_name: string | null
  source: string
}

export type AuditFilters = {
  area?: string
  actor_id?: string
  record_id?: string
  from?: string
  to?: string
  limit?: number
  offset?: number
}

/** The audit log, newest first, filtered and paged (finance, sales managers and managers). */
export const useAuditLog = (filters: AuditFilters) => {
  const qs = queryString(filters)
  return useQuery({
    queryKey: ordoKeys.audit.log(qs),
    queryFn: () => sdk.client.fetch<{ entries: AuditEntryView[]; count: number }>(`/admin/ordo/audit?${qs}`),
    placeholderData: (previous) => previous,
    ...fresh,
  })
}
