/**
 * Whose numbers a staff member sees on the dashboard and in reports. Sales managers, finance and
 * managers see the whole business; a sales rep (or anyone with no broader role) sees only the
 * customers they own (`company.sales_rep_id`) and their orders; warehouse staff see stock only.
 */
export type ReportScope = {
  /** Only this rep's customers and orders; null = everyone's. */
  rep_id: string | null
  /** Whether sales, margin and receivables figures may be shown at all. */
  sales: boolean
}

const WHOLE_BUSINESS = ["manager", "sales_manager", "finance"]

export function reportScope(roles: readonly string[], userId: string): ReportScope {
  if (roles.some((r) => WHOLE_BUSINESS.includes(r))) return { rep_id: null, sales: true }
  if (roles.includes("sales")) return { rep_id: userId, sales: true }
  return { rep_id: userId, sales: roles.length === 0 ? false : !roles.every((r) => r === "warehouse") }
}

/**
 * The rep filter a request may use: a scoped rep is held to their own id whatever they ask for;
 * the whole business may filter by any rep or none.
 */
export function repFilter(scope: ReportScope, asked: string | null | undefined): string | null {
  return scope.rep_id ?? (asked || null)
}
