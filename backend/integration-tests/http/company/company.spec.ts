import { describe, expect, it } from "vitest"
import { api, loginAdmin, loginBuyer } from "../../../../tests/support/api"

describe("company accounts (seeded groundwork for accounts and approvals)", () => {
  it("lists every company with its buyers, roles, limits and contract price group, for staff only", async () => {
    const admin = await loginAdmin()
    const r = await api("GET", "/admin/ordo/companies", { token: admin })
    expect(r.status).toBe(200)
    expect(r.body.count).toBeGreaterThanOrEqual(3)
    const acme = r.body.companies.find((c: any) => c.legal_name.startsWith("Acme"))
    expect(acme.aliases).toContain("艾克米")
    expect(acme.currency_code).toBe("cny")
    expect(acme.customer_group.name).toBe(acme.legal_name)
    const roles = Object.fromEntries(acme.buyers.map((b: any) => [b.customer.email, [b.role, b.spending_limit]]))
    expect(roles).toEqual({ "buyer@acme.test": ["admin", null], "purchasing@acme.test": ["buyer", 20000] })

    const buyer = await loginBuyer("buyer@acme.test")
    expect((await api("GET", "/admin/ordo/companies", { token: buyer })).status).toBe(401)
    expect((await api("GET", "/admin/ordo/companies")).status).toBe(401)
  })

  it("shows a buyer their own company; only company admins see the other buyers", async () => {
    const admin = await api("GET", "/store/ordo/company", { token: await loginBuyer("buyer@acme.test") })
    expect(admin.status).toBe(200)
    expect(admin.body.role).toBe("admin")
    expect(admin.body.company.buyers.map((b: any) => b.customer.email).sort()).toEqual([
      "buyer@acme.test",
      "purchasing@acme.test",
    ])
    const plain = await api("GET", "/store/ordo/company", { token: await loginBuyer("purchasing@acme.test") })
    expect(plain.body.role).toBe("buyer")
    expect(plain.body.spending_limit).toBe(20000)
    expect(plain.body.company.buyers.map((b: any) => b.customer.email)).toEqual(["purchasing@acme.test"])
    const globex = await api("GET", "/store/ordo/company", { token: await loginBuyer("buyer@globex.test") })
    expect(globex.body.company.legal_name).toBe("Globex Trading LLC")
    expect(globex.body.company.id).not.toBe(admin.body.company.id)
    expect((await api("GET", "/store/ordo/company")).status).toBe(401)
  })
})
