/**
 * React Query keys of Ordo's admin screens, one family per domain under "ordo" (the dashboard's
 * own queries live beside them in the same client). Mutations invalidate a family, or all of "ordo"
 * when an order is placed, so every screen that shows the changed data refetches.
 */
export const ordoKeys = {
  all: ["ordo"] as const,
  companies: {
    all: ["ordo", "companies"] as const,
    list: (rep = "") => ["ordo", "companies", "list", rep] as const,
    detail: (id: string) => ["ordo", "companies", "detail", id] as const,
    credit: (id: string) => ["ordo", "companies", "credit", id] as const,
  },
  quotes: {
    all: ["ordo", "quotes"] as const,
    list: (status: string) => ["ordo", "quotes", "list", status] as const,
    detail: (id: string) => ["ordo", "quotes", "detail", id] as const,
  },
  approvals: {
    all: ["ordo", "approvals"] as const,
    list: () => ["ordo", "approvals", "list"] as const,
    order: (orderId: string) => ["ordo", "approvals", "order", orderId] as const,
    rules: () => ["ordo", "approvals", "rules"] as const,
  },
  receivables: {
    all: ["ordo", "receivables"] as const,
    report: (rep = "") => ["ordo", "receivables", "report", rep] as const,
    invoices: (query = "") => ["ordo", "receivables", "invoices", query] as const,
    payments: (query = "") => ["ordo", "receivables", "payments", query] as const,
    statement: (companyId: string, query: string) => ["ordo", "receivables", "statement", companyId, query] as const,
    dunningLog: () => ["ordo", "receivables", "dunning-log"] as const,
    dunningLevels: () => ["ordo", "receivables", "dunning-levels"] as const,
  },
  stock: {
    all: ["ordo", "stock"] as const,
    locations: () => ["ordo", "stock", "locations"] as const,
    levels: (q: string) => ["ordo", "stock", "levels", q] as const,
    low: () => ["ordo", "stock", "low"] as const,
    movements: (sku: string) => ["ordo", "stock", "movements", sku] as const,
    layers: (sku: string) => ["ordo", "stock", "cost-layers", sku] as const,
    receipts: () => ["ordo", "stock", "receipts"] as const,
  },
  orders: {
    all: ["ordo", "orders"] as const,
    list: (query: string) => ["ordo", "orders", "list", query] as const,
    margin: (id: string) => ["ordo", "orders", "margin", id] as const,
  },
  shipping: {
    all: ["ordo", "shipping"] as const,
    order: (orderId: string) => ["ordo", "shipping", "order", orderId] as const,
  },
  orderEntry: {
    all: ["ordo", "order-entry"] as const,
    customers: (q: string) => ["ordo", "order-entry", "customers", q] as const,
    customer: (companyId: string) => ["ordo", "order-entry", "customer", companyId] as const,
    products: (companyId: string, q: string) => ["ordo", "order-entry", "products", companyId, q] as const,
    draft: (id: string) => ["ordo", "order-entry", "draft", id] as const,
    checks: () => ["ordo", "order-entry", "check"] as const,
    check: (body: string) => ["ordo", "order-entry", "check", body] as const,
  },
  staff: {
    all: ["ordo", "staff"] as const,
    salesReps: () => ["ordo", "staff", "sales-reps"] as const,
  },
  audit: {
    all: ["ordo", "audit"] as const,
    log: (query: string) => ["ordo", "audit", "log", query] as const,
  },
  dashboard: {
    all: ["ordo", "dashboard"] as const,
    figures: (currency: string) => ["ordo", "dashboard", "figures", currency] as const,
    rules: () => ["ordo", "dashboard", "rules"] as const,
  },
  reports: {
    all: ["ordo", "reports"] as const,
    report: (kind: string, query: string) => ["ordo", "reports", kind, query] as const,
    options: () => ["ordo", "reports", "options"] as const,
  },
  channels: {
    all: ["ordo", "channels"] as const,
    list: () => ["ordo", "channels", "list"] as const,
    detail: (id: string) => ["ordo", "channels", "detail", id] as const,
    exceptions: (id: string) => ["ordo", "channels", "exceptions", id] as const,
    stockLocations: () => ["ordo", "channels", "stock-locations"] as const,
    variants: (q: string) => ["ordo", "channels", "variants", q] as const,
    customers: (q: string) => ["ordo", "channels", "customers", q] as const,
    imports: (id: string) => ["ordo", "channels", "imports", id] as const,
    import: (importId: string) => ["ordo", "channels", "import", importId] as const,
    listings: (id: string) => ["ordo", "channels", "listings", id] as const,
    pushes: (id: string) => ["ordo", "channels", "pushes", id] as const,
  },
}

/**
 * Ordo's screens show what other staff and buyers just did, as they did before React Query: every
 * visit refetches (the dashboard's client keeps data 90 s), and an error shows at once (no retry).
 */
export const fresh = { staleTime: 0, retry: false } as const
