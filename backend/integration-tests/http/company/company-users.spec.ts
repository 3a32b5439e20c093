import { beforeAll, describe, expect, it } from "vitest"
import { api, login, loginBuyer } from "../../../../tests/support/api"
import { sql } from "../../../../tests/support/db"

describe("company users: a company admin invites, re-roles, limits and removes buyers", () => {
  const email = `new.buyer.${Date.now()}@initech.test`
  let admin: string
  let token: string
  let acceptUrl: string
  let newcomer: string
  let buyerId: string

  beforeAll(async () => {
    admin = await loginBuyer("buyer@initech.test")
  })

  it("refuses an invite with a malformed e-mail or a negative spending limit, naming the field", async () => {
    const bad = await api("POST", "/store/ordo/company/invites", { token: admin, body: { email: "not-an-email" } })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/email/)
    const badLimit = await api("POST", "/store/ordo/company/invites", {
      token: admin,
      body: { email, spending_limit: "-5" },
    })
    expect(badLimit.status).toBe(400)
    expect(badLimit.body.message).toMatch(/spending_limit/)
  })

  it("only a company admin may invite", async () => {
    const purchasing = await loginBuyer("purchasing@acme.test")
    expect((await api("POST", "/store/ordo/company/invites", { token: purchasing, body: { email } })).status).toBe(403)
  })

  it("e-mails the invite link and stores only a hash of its token", async () => {
    const r = await api("POST", "/store/ordo/company/invites", {
      token: admin,
      body: { email, role: "buyer", spending_limit: "5000" },
    })
    expect(r.status).toBe(201)
    expect(r.body.invite.token_hash).toBeUndefined()
    acceptUrl = r.body.accept_url
    token = acceptUrl.split("/invite/")[1]
    const [mail] = await sql('select "to", template, data from notification where "to" = $1', [email])
    expect(mail.template).toBe("ordo-company-invite")
    expect(mail.data.accept_url).toBe(acceptUrl)
    expect(await sql("select 1 from company_invite where token_hash = $1", [token])).toHaveLength(0)
  })

  it("the invitee sees the invite, is refused a weak password, signs up once and only once", async () => {
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
    const again = await api("POST", `/store/company-invites/${token}/accept`, {
      body: { first_name: "X", last_name: "Y", password: "ordo-buyer" },
    })
    expect(again.status).toBe(404)
  })

  it("the newcomer belongs to the company with the invited role and limit", async () => {
    newcomer = await login("customer", email, "ordo-buyer")
    const mine = await api("GET", "/store/ordo/company", { token: newcomer })
    expect(mine.body).toMatchObject({ role: "buyer", spending_limit: 5000 })
    expect(mine.body.company.legal_name).toContain("Initech")
  })

  it("the admin changes their role and limit; an unknown role is refused", async () => {
    const company = await api("GET", "/store/ordo/company", { token: admin })
    buyerId = company.body.company.buyers.find((b: any) => b.customer.email === email).id
    const badRole = await api("POST", `/store/ordo/company/buyers/${buyerId}`, {
      token: admin,
      body: { role: "owner" },
    })
    expect(badRole.status).toBe(400)
    const up = await api("POST", `/store/ordo/company/buyers/${buyerId}`, {
      token: admin,
      body: { role: "finance", spending_limit: null },
    })
    expect(up.status).toBe(200)
    expect(up.body.buyer).toMatchObject({ role: "finance", spending_limit: null })
  })

  it("another company's admin gets 404 for this buyer", async () => {
    const globex = await loginBuyer("buyer@globex.test")
    const r = await api("POST", `/store/ordo/company/buyers/${buyerId}`, { token: globex, body: { role: "admin" } })
    expect(r.status).toBe(404)
  })

  it("the last admin can neither demote nor remove themselves", async () => {
    const company = await api("GET", "/store/ordo/company", { token: admin })
    const self = company.body.company.buyers.find((b: any) => b.customer.email === "buyer@initech.test")
    expect(
      (await api("POST", `/store/ordo/company/buyers/${self.id}`, { token: admin, body: { role: "buyer" } })).status,
    ).toBe(400)
    expect((await api("DELETE", `/store/ordo/company/buyers/${self.id}`, { token: admin })).status).toBe(400)
  })

  it("a removed buyer no longer sees the company", async () => {
    expect((await api("DELETE", `/store/ordo/company/buyers/${buyerId}`, { token: admin })).status).toBe(200)
    expect((await api("GET", "/store/ordo/company", { token: newcomer })).status).toBe(404)
  })
})
