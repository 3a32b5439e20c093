import type { MedusaContainer } from "@medusajs/framework/types"
import { AUDIT_AREAS, type AuditArea, areaOfTable, fieldChanges, recordLink } from "../../domain/audit"
import { AUDIT_MODULE } from "../../modules/audit"
import type AuditModuleService from "../../modules/audit/service"

export type AuditLogFilters = {
  area?: string
  actor_id?: string
  record_id?: string
  from?: string
  to?: string
  limit: number
  offset: number
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
/** A bare day as `to` includes the whole day: the bound is the next midnight (UTC). */
const endOf = (to: string) =>
  DAY.test(to) ? new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString() : new Date(to).toISOString()

/** The audit log as the screen shows it: each entry with its area, changed fields and record link. */
export async function auditLog(container: MedusaContainer, filters: AuditLogFilters) {
  const { entries, count } = await container.resolve<AuditModuleService>(AUDIT_MODULE).listLog({
    tables: filters.area ? [...AUDIT_AREAS[filters.area as AuditArea]] : undefined,
    actor_id: filters.actor_id,
    record_id: filters.record_id,
    from: filters.from ? new Date(filters.from).toISOString() : undefined,
    to: filters.to ? endOf(filters.to) : undefined,
    limit: filters.limit,
    offset: filters.offset,
  })
  return {
    count,
    entries: entries.map((e) => ({
      ...e,
      area: areaOfTable(e.table_name),
      changes: fieldChanges(e),
      link: recordLink(e),
    })),
  }
}
