import { inject } from "vitest"

export type OrdoStack = {
  backendUrl: string
  storefrontUrl: string
  publishableKey: string
  databaseUrl: string
  jwtSecret: string
  /** JSON lines of every e-mail the backend sent (local SMTP capture). */
  mailLog: string
  /** JSON lines of every request the backend made to the fake Stripe API. */
  stripeLog: string
  stripeWebhookSecret: string
  /** The fake Shippo API the backend talks to, the JSON lines of its requests, and the webhook token. */
  shippoUrl: string
  shippoLog: string
  shippoWebhookToken: string
}

declare module "vitest" {
  export interface ProvidedContext {
    ordo: OrdoStack
  }
}

export const stack = () => inject("ordo")

export type ApiResponse<T = any> = { status: number; body: T }

/** A JSON request against the booted backend; store paths carry the publishable key. */
export async function api<T = any>(
  method: string,
  path: string,
  opts: {
    token?: string
    body?: unknown
    publishableKey?: string | null
    timeoutMs?: number
    base?: string
    headers?: Record<string, string>
  } = {},
): Promise<ApiResponse<T>> {
  const { publishableKey } = stack()
  // `base`: another backend process on the same database (the crash and production-shape tests).
  const backendUrl = opts.base ?? stack().backendUrl
  const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers }
  const key = opts.publishableKey === undefined ? publishableKey : opts.publishableKey
  if (path.startsWith("/store") && key) headers["x-publishable-api-key"] = key
  if (opts.token) headers.authorization = `Bearer ${opts.token}`
  const res = await fetch(`${backendUrl}${path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    signal: opts.timeoutMs ? AbortSignal.timeout(opts.timeoutMs) : undefined,
  })
  const text = await res.text()
  let body: any = text
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {}
  return { status: res.status, body }
}

export async function login(actor: "customer" | "user", email: string, password: string) {
  const r = await api("POST", `/auth/${actor}/emailpass`, { body: { email, password } })
  if (r.status !== 200) throw new Error(`login ${email} failed: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body.token as string
}

export const loginBuyer = (email = "buyer@acme.test") => login("customer", email, "ordo-buyer")
export const loginAdmin = () => login("user", "admin@ordo.test", "ordo-admin")

/** Registers a new buyer (store API, as a sign-up would) with one address; returns a session token. */
export async function registerBuyer(email: string, currency = "cny") {
  const reg = await api("POST", "/auth/customer/emailpass/register", { body: { email, password: "ordo-buyer" } })
  if (reg.status !== 200) throw new Error(`register ${email}: ${reg.status} ${JSON.stringify(reg.body)}`)
  const created = await api("POST", "/store/customers", {
    token: reg.body.token,
    body: { email, first_name: "Test", last_name: "Buyer", metadata: { currency_code: currency } },
  })
  if (created.status !== 200)
    throw new Error(`create customer ${email}: ${created.status} ${JSON.stringify(created.body)}`)
  const token = await loginBuyer(email)
  const addr = await api("POST", "/store/customers/me/addresses", {
    token,
    body: {
      first_name: "Test",
      last_name: "Buyer",
      address_1: "1 Test Road",
      city: "Shanghai",
      postal_code: "200000",
      country_code: "cn",
    },
  })
  if (addr.status !== 200) throw new Error(`address ${email}: ${addr.status} ${JSON.stringify(addr.body)}`)
  const address = addr.body.customer.addresses[0]
  return { token, customerId: created.body.customer.id as string, addressId: address.id as string }
}

/**
 * A new buyer of a company (Initech by default, CNY, no credit limit), joined through the
 * company admin's invitation as a real colleague would, with one address; returns a token.
 */
export async function companyBuyer(
  email: string,
  opts: { admin?: string; role?: "admin" | "buyer" | "finance"; spending_limit?: string | null } = {},
) {
  const admin = await loginBuyer(opts.admin ?? "buyer@initech.test")
  const invite = await api("POST", "/store/ordo/company/invites", {
    token: admin,
    body: { email, role: opts.role ?? "buyer", spending_limit: opts.spending_limit ?? null },
  })
  if (invite.status !== 200 && invite.status !== 201)
    throw new Error(`invite ${email}: ${invite.status} ${JSON.stringify(invite.body)}`)
  const inviteToken = String(invite.body.accept_url).split("/invite/")[1]
  const accepted = await api("POST", `/store/company-invites/${inviteToken}/accept`, {
    body: { first_name: "Test", last_name: "Buyer", password: "ordo-buyer" },
  })
  if (accepted.status >= 300) throw new Error(`accept ${email}: ${accepted.status} ${JSON.stringify(accepted.body)}`)
  const token = await loginBuyer(email)
  const addr = await api("POST", "/store/customers/me/addresses", {
    token,
    body: {
      first_name: "Test",
      last_name: "Buyer",
      address_1: "1 Test Road",
      city: "Shenzhen",
      postal_code: "518000",
      country_code: "cn",
    },
  })
  if (addr.status !== 200) throw new Error(`address ${email}: ${addr.status} ${JSON.stringify(addr.body)}`)
  return {
    token,
    customerId: addr.body.customer.id as string,
    addressId: addr.body.customer.addresses[0].id as string,
  }
}

export async function buyerAddressId(token: string) {
  const me = await api("GET", "/store/customers/me?fields=*addresses", { token })
  return me.body.customer.addresses[0].id as string
}

/** Creates a published product with one variant and the given stock at the first location. */
export async function createStockedProduct(adminToken: string, sku: string, stock: number) {
  const channels = await api("GET", "/admin/sales-channels?name=Ordo%20B2B%20Storefront", { token: adminToken })
  const profiles = await api("GET", "/admin/shipping-profiles", { token: adminToken })
  const product = await api("POST", "/admin/products", {
    token: adminToken,
    body: {
      title: `Test product ${sku}`,
      status: "published",
      shipping_profile_id: profiles.body.shipping_profiles.find((p: any) => p.name === "Standard freight").id,
      sales_channels: [{ id: channels.body.sales_channels[0].id }],
      options: [{ title: "Default", values: ["Default"] }],
      variants: [
        {
          title: "Default",
          sku,
          manage_inventory: true,
          options: { Default: "Default" },
          prices: [
            { currency_code: "cny", amount: 100 },
            { currency_code: "usd", amount: 15 },
          ],
        },
      ],
    },
  })
  if (product.status !== 200) throw new Error(`create product: ${product.status} ${JSON.stringify(product.body)}`)
  const locations = await api("GET", "/admin/stock-locations?order=name", { token: adminToken })
  const items = await api("GET", `/admin/inventory-items?sku=${encodeURIComponent(sku)}`, { token: adminToken })
  const itemId = items.body.inventory_items[0].id
  const level = await api("POST", `/admin/inventory-items/${itemId}/location-levels`, {
    token: adminToken,
    body: { location_id: locations.body.stock_locations[0].id, stocked_quantity: stock },
  })
  if (level.status !== 200) throw new Error(`stock level: ${level.status} ${JSON.stringify(level.body)}`)
  return { productId: product.body.product.id as string, inventoryItemId: itemId as string }
}

/** Polls `fn` (100 ms apart, 5 s at most) until `ok` holds; returns the last answer either way. */
export async function until<T>(fn: () => Promise<T>, ok: (x: T) => boolean, tries = 50) {
  for (let i = 0; i < tries; i++) {
    const x = await fn()
    if (ok(x)) return x
    await new Promise((r) => setTimeout(r, 100))
  }
  return fn()
}

/** The Acme demo company as the staff order-entry screen sees it: ids of the company, its admin buyer and an address. */
export async function acmeForEntry(staffToken: string) {
  const found = await api("GET", "/admin/ordo/order-entry/customers?q=Acme", { token: staffToken })
  const companyId = found.body.matches[0].company_id as string
  const ctx = await api("GET", `/admin/ordo/order-entry/customers/${companyId}`, { token: staffToken })
  const buyer = ctx.body.buyers.find((b: any) => b.email === "buyer@acme.test")
  return {
    companyId,
    customerId: buyer.customer_id as string,
    addressId: ctx.body.addresses[0].id as string,
    ctx: ctx.body,
  }
}
