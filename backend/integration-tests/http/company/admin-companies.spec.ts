import { beforeAll, describe, expect, it } from "vitest"
import { api, loginAdmin, loginBuyer, registerBuyer } from "../../../../tests/support/api"
import { sql } from "../../../../tests/support/db"

describe("staff manage companies in the admin API", () => {
  const name = `Umbrella Parts ${Date.now()}`
  let staff: string
  let id: string
  let addressId: string
  let loner: Awaited<ReturnType<typeof registerBuyer>>
  let buyerId: string

  beforeAll(async () => {
    staff = await loginAdmin()
  })

  it("refuses a company without a name, in a currency no region sells in, or from a buyer's token", async () => {
    const bad = await api("POST", "/admin/ordo/companies", {
      token: staff,
      body: { legal_name: "", currency_code: "cny" },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/legal_name/)
    const noRegion = await api("POST", "/admin/ordo/companies", {
      token: staff,
      body: { legal_name: "Nowhere GmbH", currency_code: "chf" },
    })
    expect(noRegion.status).toBe(400)
    expect(noRegion.body.message).toMatch(/no region sells in CHF/)
    const buyerToken = await loginBuyer("buyer@acme.test")
    const asBuyer = await api("POST", "/admin/ordo/companies", {
      token: buyerToken,
      body: { legal_name: "X", currency_code: "cny" },
    })
    expect(asBuyer.status).toBe(401)
  })

  it("creates a company with its own price group", async () => {
    const created = await api("POST", "/admin/ordo/companies", {
      token: staff,
      body: {
        legal_name: name,
        aliases: ["Umbrella", "安布雷拉"],
        tax_id: "91310000MA1UMB001",
        currency_code: "cny",
        locale: "zh-CN",
      },
    })
    expect(created.status).toBe(201)
    id = created.body.company.id
    expect(created.body.company.customer_group.name).toBe(name)
  })

  it("edits its aliases and language but not its currency", async () => {
    const edited = await api("POST", `/admin/ordo/companies/${id}`, {
      token: staff,
      body: { aliases: ["Umbrella", "UPC"], locale: "en" },
    })
    expect(edited.status).toBe(200)
    expect(edited.body.company).toMatchObject({ aliases: ["Umbrella", "UPC"], locale: "en", legal_name: name })
    expect(
      (await api("POST", `/admin/ordo/companies/${id}`, { token: staff, body: { currency_code: "usd" } })).status,
    ).toBe(400)
  })

  it("keeps an address book, refusing a country that is not an ISO code", async () => {
    const badAddress = await api("POST", `/admin/ordo/companies/${id}/addresses`, {
      token: staff,
      body: { label: "HQ", address_1: "1 Road", city: "Shanghai", country_code: "china" },
    })
    expect(badAddress.status).toBe(400)
    expect(badAddress.body.message).toMatch(/country_code/)
    const address = await api("POST", `/admin/ordo/companies/${id}/addresses`, {
      token: staff,
      body: {
        label: "HQ",
        address_1: "1 Road",
        city: "Shanghai",
        postal_code: "200000",
        country_code: "CN",
        is_billing: true,
      },
    })
    expect(address.status).toBe(201)
    expect(address.body.address.country_code).toBe("cn")
    addressId = address.body.address.id
  })

  it("attaches a customer who signed up alone as the company's admin, in its price group, once only", async () => {
    loner = await registerBuyer(`loner.${Date.now()}@umbrella.test`)
    const attach = await api("POST", `/admin/ordo/companies/${id}/buyers`, {
      token: staff,
      body: { customer_id: loner.customerId, role: "admin", spending_limit: "30000" },
    })
    expect(attach.status).toBe(201)
    buyerId = attach.body.buyer.id
    const twice = await api("POST", `/admin/ordo/companies/${id}/buyers`, {
      token: staff,
      body: { customer_id: loner.customerId },
    })
    expect(twice.status).toBe(400)
    expect(twice.body.message).toMatch(/already buys for a company/)
    const groups = await sql(
      "select cg.name from customer_group_customer cgc join customer_group cg on cg.id = cgc.customer_group_id where cgc.customer_id = $1 and cgc.deleted_at is null",
      [loner.customerId],
    )
    expect(groups.map((g: any) => g.name)).toContain(name)
    const mine = await api("GET", "/store/ordo/company", { token: loner.token })
    expect(mine.body).toMatchObject({ role: "admin", spending_limit: 30000 })
  })

  it("shows staff the company with its address book and buyers", async () => {
    const detail = await api("GET", `/admin/ordo/companies/${id}`, { token: staff })
    expect(detail.body.company.addresses.map((a: any) => a.label)).toEqual(["HQ"])
    expect(detail.body.company.buyers).toHaveLength(1)
  })

  it("staff cannot remove or demote the only admin, but can lift their limit", async () => {
    expect((await api("DELETE", `/admin/ordo/companies/${id}/buyers/${buyerId}`, { token: staff })).status).toBe(400)
    expect(
      (await api("POST", `/admin/ordo/companies/${id}/buyers/${buyerId}`, { token: staff, body: { role: "buyer" } }))
        .status,
    ).toBe(400)
    const limit = await api("POST", `/admin/ordo/companies/${id}/buyers/${buyerId}`, {
      token: staff,
      body: { spending_limit: null },
    })
    expect(limit.body.buyer.spending_limit).toBeNull()
  })

  it("removes an address", async () => {
    expect((await api("DELETE", `/admin/ordo/companies/${id}/addresses/${addressId}`, { token: staff })).status).toBe(
      200,
    )
  })
})
