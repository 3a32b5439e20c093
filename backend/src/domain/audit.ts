/**
 * The audit log's areas (what the screen filters by) and how an entry reads: which tables make
 * each area, which fields changed from what to what, and which page a record opens. Pure.
 */
export const AUDIT_AREAS = {
  credit: ["credit_account"],
  invoices: ["invoice"],
  payments: ["payment_record", "payment_allocation"],
  prices: ["price", "price_list"],
  stock: ["inventory_level", "low_stock_threshold", "cost_layer"],
  roles: ["staff_member"],
  approval_rules: ["approval_rule"],
  accounts: ["company"],
} as const satisfies Record<string, readonly string[]>
export type AuditArea = keyof typeof AUDIT_AREAS
export const AUDIT_AREA_KEYS = Object.keys(AUDIT_AREAS) as AuditArea[]

/** Staff roles who may read the audit log (a manager always may). */
export const AUDIT_READERS = ["finance", "sales_manager", "manager"] as const

export function areaOfTable(table: string): AuditArea | null {
  for (const area of AUDIT_AREA_KEYS) if ((AUDIT_AREAS[area] as readonly string[]).includes(table)) return area
  return null
}

export type FieldChange = { field: string; before: unknown; after: unknown }

/** Columns that only repeat what the change already says (the row's own id, its bookkeeping). */
const QUIET = new Set(["id", "created_at", "updated_at", "deleted_at", "metadata"])

/**
 * The fields an entry shows, before → after: an update's changed fields; an insert's or a
 * delete's values (without the bookkeeping columns), the other side empty.
 */
export function fieldChanges(entry: {
  operation: string
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}): FieldChange[] {
  const before = entry.before ?? {}
  const after = entry.after ?? {}
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return fields
    .filter((f) => entry.operation === "update" || !QUIET.has(f))
    .filter((f) => !(entry.operation === "delete" && f === "deleted_at"))
    .filter((f) => entry.operation === "update" || (before[f] ?? after[f]) !== null)
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
}

export type RecordLink = { kind: "company" | "order" | "invoice" | "user"; id: string }

/** The page an entry's record opens on, where there is one. */
export function recordLink(entry: {
  table_name: string
  row_id: string
  ref: Record<string, unknown> | null
}): RecordLink | null {
  const ref = entry.ref ?? {}
  const str = (v: unknown) => (typeof v === "string" && v ? v : null)
  switch (entry.table_name) {
    case "company":
      return { kind: "company", id: entry.row_id }
    case "credit_account":
    case "payment_record":
      return str(ref.company_id) ? { kind: "company", id: str(ref.company_id) as string } : null
    case "invoice":
      if (str(ref.order_id)) return { kind: "order", id: str(ref.order_id) as string }
      return str(ref.company_id) ? { kind: "company", id: str(ref.company_id) as string } : null
    case "staff_member":
      return str(ref.user_id) ? { kind: "user", id: str(ref.user_id) as string } : null
    default:
      return null
  }
}
