import { describe, expect, it } from "vitest"
import { api, login, loginBuyer } from "../../../../tests/support/api"
import { sql } from "../../../../tests/support/db"

describe("company users: a company admin invites, re-roles, limits and removes buyers", () => {
  it("invites a colleague who signs up through the link and buys at the company's prices", async () => {
    const admin = await loginBuyer("buyer@initech.test")
    const email = `new.buyer.${Date.now()}@initech.test`
    const bad = await api("POST", "/store/ordo/company/invites", { token: admin, body: { email: "not-an-email" } })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/email/)
    const badLimit = await api("POST", "/store/ordo/company/invites", {
      token: admin,
      body: { email, spending_limit: "-5" },
    })
    expect(badLimit.status).toBe(400)
    expect(badLimit.body.message).toMatch(/spending_limit/)

    // Only a company admin may invite; a buyer of another company cannot either.
    const purchasing = await loginBuyer("purchasing@acme.test")
    expect((await api("POST", "/store/ordo/company/invites", { token: purchasing, body: { email } })).status).toBe(403)

    const r = await api("POST", "/store/ordo/company/invites", {
      token: admin,
      body: { email, role: "buyer", spending_limit: "5000" },
    })
    expect(r.status).toBe(201)
    expect(r.body.invite.token_hash).toBeUndefined()
    const token = r.body.accept_url.split("/invite/")[1]
    // The link was e-mailed through the notification module.
    const [mail] = await sql('select "to", template, data from notification where "to" = $1', [email])
    expect(mail.template).toBe("ordo-company-invite")
    expect(mail.data.accept_url).toBe(r.body.accept_url)
    // Only a hash of the token is stored.
    expect(await sql("select 1 from company_invite where token_hash = $1", [token])).toHaveLength(0)

    const info = await api("GET", `/store/company-invites/${token}`)
    expect(info.status).toBe(200)
    expect(info.body.invite).toMatchObject({ email, role: "buyer", company_name: expect.stringContaining("Initech") })
    const weak = await api("POST", `/store/company-invites/${token}/accept`, {
      body: { first_name: "Li", last_name: "Na", password: "short" },
    })
    expect(weak.status).toBe(400)
    expect(weak.body.message).toMatch(/password/)
    const accepted = await api("POST", `/store/company-invites/${token}/accept`, {
      body: { first_name: "Li", last_name: "Na", password: "ordo-buyer" },
    })
    expect(accepted.status).toBe(201)
    expect(
      (
        await api("POST", `/store/company-invites/${token}/accept`, {
          body: { first_name: "X", last_name: "Y", password: "ordo-buyer" },
        })
      ).status,
    ).toBe(404)

    const newcomer = await login("customer", email, "ordo-buyer")
    const mine = await api("GET", "/store/ordo/company", { token: newcomer })
    expect(mine.body).toMatchObject({ role: "buyer", spending_limit: 5000 })
    expect(mine.body.company.legal_name).toContain("Initech")

    // The admin sees them, changes their role and limit, then removes them.
    const company = await api("GET", "/store/ordo/company", { token: admin })
    const buyer = company.body.company.buyers.find((b: any) => b.customer.email === email)
    const badRole = await api("POST", `/store/ordo/company/buyers/${buyer.id}`, {
      token: admin,
      body: { role: "owner" },
    })
    expect(badRole.status).toBe(400)
    const up = await api("POST", `/store/ordo/company/buyers/${buyer.id}`, {
      token: admin,
      body: { role: "finance", spending_limit: null },
    })
    expect(up.status).toBe(200)
    expect(up.body.buyer).toMatchObject({ role: "finance", spending_limit: null })
    // Another company's admin: 404 for this buyer.
    const globex = await loginBuyer("buyer@globex.test")
    expect(
      (await api("POST", `/store/ordo/company/buyers/${buyer.id}`, { token: globex, body: { role: "admin" } })).status,
    ).toBe(404)
    // The last admin cannot demote or remove themselves.
    const self = company.body.company.buyers.find((b: any) => b.customer.email === "buyer@initech.test")
    expect(
      (await api("POST", `/store/ordo/company/buyers/${self.id}`, { token: admin, body: { role: "buyer" } })).status,
    ).toBe(400)
    expect((await api("DELETE", `/store/ordo/company/buyers/${self.id}`, { token: admin })).status).toBe(400)

    expect((await api("DELETE", `/store/ordo/company/buyers/${buyer.id}`, { token: admin })).status).toBe(200)
    const gone = await api("GET", "/store/ordo/company", { token: newcomer })
    expect(gone.status).toBe(404)
  })
})
