import { beforeAll, describe, expect, it } from "vitest"
import { api, loginBuyer } from "../../../../tests/support/api"
import { sql, stockedSkus } from "../../../../tests/support/db"

const lines = async (cartId: string) =>
  sql("select variant_sku, quantity::int as quantity from cart_line_item where cart_id = $1 and deleted_at is null", [
    cartId,
  ])

describe("Store API add to cart: whole quantities and stock named by SKU", () => {
  let token: string
  let cartId: string
  let variantId: string
  let sku: string
  beforeAll(async () => {
    token = await loginBuyer("buyer@initech.test")
    ;[sku] = await stockedSkus(1)
    const [v] = await sql("select id from product_variant where sku = $1", [sku])
    variantId = v.id
    const cny = (await api("GET", "/store/regions")).body.regions.find((r: any) => r.currency_code === "cny")
    cartId = (await api("POST", "/store/carts", { token, body: { region_id: cny.id } })).body.cart.id
  })

  it.each([0, -1, 1.5, "abc", 1e9])("refuses quantity %s with a message naming the field", async (quantity) => {
    const r = await api("POST", `/store/carts/${cartId}/line-items`, {
      token,
      body: { variant_id: variantId, quantity },
    })
    expect(r.status).toBe(400)
    expect(r.body.message).toMatch(/quantity/)
    expect(await lines(cartId)).toEqual([])
  })

  it("refuses more than is available, naming the SKU and what is left", async () => {
    const [row] = await sql(
      `select max(l.stocked_quantity - l.reserved_quantity)::int as available, sum(l.stocked_quantity - l.reserved_quantity)::int as total
         from inventory_level l join inventory_item i on i.id = l.inventory_item_id where i.sku = $1`,
      [sku],
    )
    const r = await api("POST", `/store/carts/${cartId}/line-items`, {
      token,
      body: { variant_id: variantId, quantity: row.available + 1 },
    })
    expect(r.status).toBe(400)
    expect(r.body.message).toContain(`SKU ${sku}`)
    expect(r.body.message).toContain(`${row.available + 1} requested`)
    expect(r.body.message).toMatch(
      row.total > row.available ? /at most \d+ can ship from one warehouse/ : /only \d+ available/,
    )
    expect(r.body.message).toContain(`${row.available}`)
    expect(await lines(cartId)).toEqual([])
  })

  it("adds whole quantities, refuses a fractional update and removes a line set to 0", async () => {
    const added = await api("POST", `/store/carts/${cartId}/line-items`, {
      token,
      body: { variant_id: variantId, quantity: 3 },
    })
    expect(added.status).toBe(200)
    expect(await lines(cartId)).toEqual([{ variant_sku: sku, quantity: 3 }])
    const lineId = added.body.cart.items[0].id
    const fractional = await api("POST", `/store/carts/${cartId}/line-items/${lineId}`, {
      token,
      body: { quantity: 2.5 },
    })
    expect(fractional.status).toBe(400)
    expect(await lines(cartId)).toEqual([{ variant_sku: sku, quantity: 3 }])
    const tooMany = await api("POST", `/store/carts/${cartId}/line-items/${lineId}`, {
      token,
      body: { quantity: 99_999 },
    })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.message).toContain(`SKU ${sku}: 99999 requested`)
    expect(await lines(cartId)).toEqual([{ variant_sku: sku, quantity: 3 }])
    const removed = await api("POST", `/store/carts/${cartId}/line-items/${lineId}`, { token, body: { quantity: 0 } })
    expect(removed.status).toBe(200)
    expect(await lines(cartId)).toEqual([])
  })
})
