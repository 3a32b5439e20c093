import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { personName } from "../../domain/names"

const REQUEST_FIELDS = [
  "id",
  "order_id",
  "quote_id",
  "company_id",
  "requested_by",
  "status",
  "chain",
  "reasons",
  "current_level",
  "order_total",
  "currency_code",
  "decided_at",
  "created_at",
  "decisions.id",
  "decisions.level",
  "decisions.role",
  "decisions.decision",
  "decisions.actor_type",
  "decisions.actor_name",
  "decisions.comment",
  "decisions.created_at",
]

/**
 * Approval requests with what a reader needs beside them: the order's number, the requester's
 * and company's names, and the chain with each level's decision (or who it waits for).
 */
export async function listApprovalViews(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  take = 100,
): Promise<any[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: requests } = await query.graph({
    entity: "approval_request",
    fields: REQUEST_FIELDS,
    filters,
    pagination: { skip: 0, take, order: { created_at: "DESC" } },
  })
  if (!requests.length) return []
  const [{ data: orders }, { data: customers }, { data: companies }] = await Promise.all([
    query.graph({
      entity: "order",
      fields: ["id", "display_id", "status", "metadata"],
      filters: { id: requests.map((r: any) => r.order_id) },
    }),
    query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: [...new Set(requests.map((r: any) => r.requested_by))] },
    }),
    query.graph({
      entity: "company",
      fields: ["id", "legal_name"],
      filters: { id: [...new Set(requests.map((r: any) => r.company_id))] },
    }),
  ])
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]))
  const o = byId(orders as any[])
  const c = byId(customers as any[])
  const co = byId(companies as any[])
  return requests.map((r: any) => {
    const decisions = [...(r.decisions ?? [])].filter(Boolean).sort((a: any, b: any) => a.level - b.level)
    return {
      ...r,
      decisions,
      levels: (r.chain as any[]).map((l) => ({
        ...l,
        decision: decisions.find((d: any) => d.level === l.level) ?? null,
        waiting: r.status === "pending" && l.level === r.current_level,
      })),
      order: o.get(r.order_id) ? { id: r.order_id, display_id: (o.get(r.order_id) as any).display_id } : null,
      po_number: (o.get(r.order_id) as any)?.metadata?.po_number ?? null,
      requested_by_name: personName(c.get(r.requested_by)),
      company_name: (co.get(r.company_id) as any)?.legal_name,
    }
  })
}
