import jwt from "jsonwebtoken"
import { describe, expect, it } from "vitest"
import { api, loginAdmin, loginBuyer, stack } from "../../../../tests/support/api"

describe("demo logins and refusals", () => {
  it("logs the demo buyers and staff in through the Store and Admin APIs", async () => {
    const acme = await loginBuyer("buyer@acme.test")
    const globex = await loginBuyer("buyer@globex.test")
    const me = await api("GET", "/store/customers/me", { token: acme })
    expect(me.status).toBe(200)
    expect(me.body.customer.email).toBe("buyer@acme.test")
    expect((await api("GET", "/store/customers/me", { token: globex })).body.customer.email).toBe("buyer@globex.test")
    const admin = await loginAdmin()
    const user = await api("GET", "/admin/users/me", { token: admin })
    expect(user.status).toBe(200)
    expect(user.body.user.email).toBe("admin@ordo.test")
  })

  it("refuses a wrong password with 401 and a message", async () => {
    const r = await api("POST", "/auth/customer/emailpass", { body: { email: "buyer@acme.test", password: "wrong" } })
    expect(r.status).toBe(401)
    expect(r.body.message).toMatch(/invalid email or password/i)
    const staff = await api("POST", "/auth/user/emailpass", {
      body: { email: "admin@ordo.test", password: "ordo-buyer" },
    })
    expect(staff.status).toBe(401)
  })

  it("refuses an expired session token", async () => {
    const token = await loginBuyer()
    const claims = jwt.decode(token) as Record<string, unknown>
    const { iat: _iat, exp: _exp, ...rest } = claims
    const expired = jwt.sign({ ...rest, iat: Math.floor(Date.now() / 1000) - 7200 }, stack().jwtSecret, {
      expiresIn: 60,
    })
    const r = await api("GET", "/store/customers/me", { token: expired })
    expect(r.status).toBe(401)
    const q = await api("POST", "/store/ordo/quick-order", { token: expired, body: { text: "FST-HN-M8 1" } })
    expect(q.status).toBe(401)
  })

  it("keeps staff endpoints for staff and Ordo store endpoints for signed-in buyers", async () => {
    expect((await api("GET", "/admin/orders")).status).toBe(401)
    const buyer = await loginBuyer()
    expect((await api("GET", "/admin/orders", { token: buyer })).status).toBe(401)
    expect((await api("POST", "/store/ordo/quick-order", { body: { text: "A 1" } })).status).toBe(401)
    const noKey = await api("GET", "/store/products", { publishableKey: null })
    expect(noKey.status).toBe(400)
    expect(noKey.body.message).toMatch(/publishable/i)
  })
})
