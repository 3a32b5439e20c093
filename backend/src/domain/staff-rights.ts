/**
 * What each staff role may do, and which right every admin write needs. Pure: the rights
 * middleware (api/staff-rights.ts) and the route-table test read the same table.
 *
 * Reads (GET) need only a staff login. Every write needs a right; a write no entry names needs
 * `settings` (manager only), so a route Medusa adds in a later version is closed until someone
 * decides who may use it.
 */
export const STAFF_ROLES = ["sales", "sales_manager", "warehouse", "finance", "manager"] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export const RIGHTS = {
  /** Enter orders, drafts and quotes; keep customers' details and address books. */
  order_entry: ["sales", "sales_manager"],
  /** Assign customers to sales reps. */
  sales_team: ["sales_manager"],
  /** Cancel, edit, return, exchange or claim placed orders. */
  order_changes: ["sales_manager"],
  /** Prices: price lists, product prices, promotions, customer groups, buyers' spending limits. */
  pricing: ["sales_manager"],
  /** Stock levels, adjustments, transfers, purchase receipts, thresholds, reservations. */
  stock: ["warehouse"],
  /** Fulfil, ship, deliver; receive returned goods. */
  shipping: ["warehouse"],
  /** Invoices, credit notes, payments, dunning, Medusa payments and refunds. */
  receivables: ["finance"],
  /** Credit limits, payment terms and credit holds. */
  credit: ["finance"],
  /** Approval rules. */
  approval_rules: ["manager"],
  /** Staff accounts, invitations and roles. */
  staff: ["manager"],
  /** Store settings: regions, taxes, channels, API keys, shipping options, workflows. */
  settings: ["manager"],
} as const satisfies Record<string, readonly StaffRole[]>
export type Right = keyof typeof RIGHTS

export const ROLE_LABELS: Record<StaffRole, string> = {
  sales: "Sales",
  sales_manager: "Sales manager",
  warehouse: "Warehouse",
  finance: "Finance",
  manager: "Manager / owner",
}

export const isStaffRole = (x: unknown): x is StaffRole => STAFF_ROLES.includes(x as StaffRole)

/** A manager holds every right; other roles hold the rights that name them. */
export function hasRight(roles: readonly string[], right: Right): boolean {
  if (roles.includes("manager")) return true
  return (RIGHTS[right] as readonly string[]).some((r) => roles.includes(r))
}

/** Whether a staff member may act as an approver role (sales_manager, finance): a manager may act as any. */
export const actsAs = (roles: readonly string[], role: string) => roles.includes("manager") || roles.includes(role)

/** "Finance or Manager / owner": who holds a right, for refusals. */
export const holdersOf = (right: Right) =>
  [...(RIGHTS[right] as readonly StaffRole[]), "manager" as const]
    .filter((r, i, all) => all.indexOf(r) === i)
    .map((r) => ROLE_LABELS[r])
    .join(" or ")

type Method = "POST" | "DELETE" | "PUT" | "PATCH"
type Entry = { methods?: Method[]; pattern: string; right: Right | "any_staff" }

/**
 * Admin writes and the right each needs, most specific first. `:x` is one path segment,
 * a trailing `*` any rest. Matched against the normalised path (see normalisePath).
 */
export const ADMIN_WRITE_POLICY: Entry[] = [
  // Ordo's own staff API
  { pattern: "/admin/ordo/staff*", right: "staff" },
  { pattern: "/admin/ordo/order-entry/*", right: "order_entry" },
  // Marketplace orders waiting in the exceptions queue are sales' to resolve; connections are settings.
  { pattern: "/admin/ordo/channel-orders/*", right: "order_entry" },
  { pattern: "/admin/ordo/channel-imports/*", right: "order_entry" },
  { pattern: "/admin/ordo/channels/:id/sync", right: "order_entry" },
  { pattern: "/admin/ordo/channels/:id/imports*", right: "order_entry" },
  // Testing sends typed credentials to a marketplace: only those who may connect one.
  { pattern: "/admin/ordo/channels/test-connection", right: "settings" },
  { pattern: "/admin/ordo/channels*", right: "settings" },
  // Re-recording every order's sales facts is maintenance.
  { pattern: "/admin/ordo/reports/rebuild", right: "settings" },
  { pattern: "/admin/ordo/quotes*", right: "order_entry" },
  // Decisions check the approval level's role themselves (sales manager, finance).
  { pattern: "/admin/ordo/approvals/:id/decision", right: "any_staff" },
  { pattern: "/admin/ordo/approval-rules*", right: "approval_rules" },
  { pattern: "/admin/ordo/companies/:id/credit", right: "credit" },
  { pattern: "/admin/ordo/companies/:id/sales-rep", right: "sales_team" },
  { pattern: "/admin/ordo/companies*", right: "order_entry" },
  { pattern: "/admin/ordo/invoices*", right: "receivables" },
  { pattern: "/admin/ordo/payments*", right: "receivables" },
  { pattern: "/admin/ordo/dunning*", right: "receivables" },
  // Buying a label or recording a parcel ships goods: the warehouse's.
  { pattern: "/admin/ordo/orders/:id/shipments", right: "shipping" },
  { pattern: "/admin/ordo/orders/:id/shipping-rates", right: "shipping" },
  { pattern: "/admin/ordo/shipments/:id/refresh", right: "shipping" },
  { pattern: "/admin/ordo/stock*", right: "stock" },
  // Alerts: dismissing checks the alert is the caller's to see; running detection and its rules are settings.
  { pattern: "/admin/ordo/alerts/:id/dismiss", right: "any_staff" },
  { pattern: "/admin/ordo/alerts/run", right: "settings" },
  { pattern: "/admin/ordo/alerts/settings", right: "settings" },
  { pattern: "/admin/ordo/purchase-receipts*", right: "stock" },

  // Medusa: orders
  { pattern: "/admin/orders/:id/fulfillments*", right: "shipping" },
  { pattern: "/admin/fulfillments*", right: "shipping" },
  { pattern: "/admin/orders/:id/payment-sessions*", right: "receivables" },
  { pattern: "/admin/orders/:id/credit-lines", right: "receivables" },
  { pattern: "/admin/orders/export", right: "any_staff" },
  { pattern: "/admin/orders/:id/*", right: "order_changes" },
  { pattern: "/admin/orders/:id", right: "order_entry" },
  { pattern: "/admin/order-edits*", right: "order_changes" },
  { pattern: "/admin/order-changes*", right: "order_changes" },
  { pattern: "/admin/returns/:id/receive*", right: "shipping" },
  { pattern: "/admin/returns/:id/dismiss-items*", right: "shipping" },
  { pattern: "/admin/returns*", right: "order_changes" },
  { pattern: "/admin/exchanges*", right: "order_changes" },
  { pattern: "/admin/claims*", right: "order_changes" },
  { pattern: "/admin/draft-orders*", right: "order_entry" },
  // Medusa: money
  { pattern: "/admin/payments*", right: "receivables" },
  { pattern: "/admin/payment-collections*", right: "receivables" },
  { pattern: "/admin/refund-reasons*", right: "receivables" },
  // Medusa: prices and catalogue
  { pattern: "/admin/price-lists*", right: "pricing" },
  { pattern: "/admin/price-preferences*", right: "pricing" },
  { pattern: "/admin/promotions*", right: "pricing" },
  { pattern: "/admin/campaigns*", right: "pricing" },
  { pattern: "/admin/customer-groups*", right: "pricing" },
  { pattern: "/admin/customers/:id/customer-groups", right: "pricing" },
  { pattern: "/admin/products/export", right: "any_staff" },
  { pattern: "/admin/products*", right: "pricing" },
  { pattern: "/admin/product-*", right: "pricing" },
  { pattern: "/admin/collections*", right: "pricing" },
  { pattern: "/admin/customers*", right: "order_entry" },
  // Medusa: stock
  { pattern: "/admin/inventory-items/export", right: "any_staff" },
  { pattern: "/admin/inventory-items*", right: "stock" },
  { pattern: "/admin/reservations*", right: "stock" },
  { pattern: "/admin/stock-locations*", right: "settings" },
  // Medusa: staff (accepting an invitation is how a new member joins: the invitation decides)
  { pattern: "/admin/invites/accept", right: "any_staff" },
  { pattern: "/admin/users*", right: "staff" },
  { pattern: "/admin/invites*", right: "staff" },
  { pattern: "/admin/rbac*", right: "staff" },
  // Harmless per-user or per-upload writes
  { pattern: "/admin/uploads*", right: "any_staff" },
  { pattern: "/admin/views/*", right: "any_staff" },
  { pattern: "/admin/notifications*", right: "any_staff" },
]

/** The path as the policy reads it: no query, no repeated or trailing slashes, lower case. */
export function normalisePath(url: string) {
  const path = url
    .split("?")[0]
    .split("#")[0]
    .replace(/\/{2,}/g, "/")
    .toLowerCase()
  return path.length > 1 ? path.replace(/\/+$/, "") : path
}

const compiled = ADMIN_WRITE_POLICY.map((e) => {
  const wildcard = e.pattern.endsWith("*")
  const body = (wildcard ? e.pattern.slice(0, -1) : e.pattern)
    .split("/")
    .map((seg) => (seg.startsWith(":") ? "[^/]+" : seg.replace(/[.+?^${}()|[\]\\-]/g, "\\$&")))
    .join("/")
  return { ...e, re: new RegExp(`^${body}${wildcard ? ".*" : ""}$`) }
})

/**
 * The right an admin request needs: null for reads, "any_staff" for harmless writes, else the
 * named right; a write no entry covers needs `settings`.
 */
export function requiredRight(method: string, url: string): Right | "any_staff" | null {
  const m = method.toUpperCase()
  if (m === "GET" || m === "HEAD" || m === "OPTIONS") return null
  const path = normalisePath(url)
  const hit = compiled.find((e) => (!e.methods || e.methods.includes(m as Method)) && e.re.test(path))
  return hit ? hit.right : "settings"
}
