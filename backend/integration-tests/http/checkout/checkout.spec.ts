import { beforeAll, describe, expect, it } from "vitest"
import {
  api,
  buyerAddressId,
  companyBuyer,
  createStockedProduct,
  loginAdmin,
  loginBuyer,
} from "../../../../tests/support/api"
import { sql, stockedSkus } from "../../../../tests/support/db"

const orderCount = async () => Number((await sql('select count(*)::int as n from "order"')).at(0).n)

async function cartWith(token: string, text: string) {
  const r = await api("POST", "/store/ordo/quick-order", { token, body: { text } })
  if (r.status !== 200) throw new Error(`quick order failed: ${JSON.stringify(r.body)}`)
  return r.body.cart.id as string
}

describe("checkout on account with a PO number", () => {
  let acme: string
  let acmeAddress: string
  let A: string
  let B: string
  beforeAll(async () => {
    ;[A, B] = await stockedSkus(2)
    acme = await loginBuyer("buyer@acme.test")
    acmeAddress = await buyerAddressId(acme)
  })

  it("places a real order in the storefront channel with the PO number, visible in the buyer's history only", async () => {
    const cartId = await cartWith(acme, `${A} 4\n${B} 2`)
    const r = await api("POST", `/store/ordo/carts/${cartId}/checkout`, {
      token: acme,
      body: { address_id: acmeAddress, po_number: "ACME-PO-7781" },
    })
    expect(r.status).toBe(200)
    const order = r.body.order
    expect(order.metadata.po_number).toBe("ACME-PO-7781")
    expect(order.currency_code).toBe("cny")

    const detail = await api(
      "GET",
      `/store/orders/${order.id}?fields=id,metadata,sales_channel_id,total,tax_total,*items,*shipping_address,payment_status`,
      { token: acme },
    )
    expect(detail.status).toBe(200)
    expect(detail.body.order.items.map((i: any) => [i.variant_sku, Number(i.quantity)]).sort()).toEqual(
      [
        [A, 4],
        [B, 2],
      ].sort(),
    )
    expect(detail.body.order.shipping_address.city).toBe("Shanghai")
    expect(detail.body.order.metadata?.po_number).toBe("ACME-PO-7781")
    // Taxed for the delivery address: China VAT 13%, included in the contract prices
    const { total, tax_total } = detail.body.order
    expect(Number(tax_total)).toBeGreaterThan(0)
    expect(Number(tax_total)).toBeCloseTo((Number(total) * 13) / 113, 2)
    const [channel] = await sql("select id from sales_channel where name = 'Ordo B2B Storefront'")
    expect(detail.body.order.sales_channel_id).toBe(channel.id)

    const history = await api("GET", "/store/orders?fields=id,metadata", { token: acme })
    expect(history.body.orders.map((o: any) => o.id)).toContain(order.id)

    const globex = await loginBuyer("buyer@globex.test")
    expect((await api("GET", `/store/orders/${order.id}`, { token: globex })).status).toBe(404)
    const theirs = await api("GET", "/store/orders?fields=id", { token: globex })
    expect(theirs.body.orders.map((o: any) => o.id)).not.toContain(order.id)

    // Retrying the same checkout (double submit) returns the same order, not a second one
    const before = await orderCount()
    const again = await api("POST", `/store/ordo/carts/${cartId}/checkout`, {
      token: acme,
      body: { address_id: acmeAddress, po_number: "ACME-PO-7781" },
    })
    expect(again.status).toBe(200)
    expect(again.body.order.id).toBe(order.id)
    expect(await orderCount()).toBe(before)
  })

  it("refuses bad input with a clear 4xx and writes no order", async () => {
    const before = await orderCount()
    const cartId = await cartWith(acme, `${A} 1`)
    const poTooLong = await api("POST", `/store/ordo/carts/${cartId}/checkout`, {
      token: acme,
      body: { address_id: acmeAddress, po_number: "P".repeat(10_240) },
    })
    expect(poTooLong.status).toBe(400)
    expect(poTooLong.body.message).toMatch(/po_number/)
    const noPo = await api("POST", `/store/ordo/carts/${cartId}/checkout`, {
      token: acme,
      body: { address_id: acmeAddress },
    })
    expect(noPo.status).toBe(400)
    expect(noPo.body.message).toMatch(/po_number/)

    const globex = await loginBuyer("buyer@globex.test")
    const foreignAddress = await buyerAddressId(globex)
    const wrongAddress = await api("POST", `/store/ordo/carts/${cartId}/checkout`, {
      token: acme,
      body: { address_id: foreignAddress, po_number: "X-1" },
    })
    expect(wrongAddress.status).toBe(400)
    expect(wrongAddress.body.message).toMatch(/address_id/)
    const foreignCart = await api("POST", `/store/ordo/carts/${cartId}/checkout`, {
      token: globex,
      body: { address_id: foreignAddress, po_number: "X-1" },
    })
    expect(foreignCart.status).toBe(404)

    const cnyRegion = (await api("GET", "/store/regions")).body.regions.find((r: any) => r.currency_code === "cny")
    const empty = await api("POST", "/store/carts", { token: acme, body: { region_id: cnyRegion.id } })
    const emptyCheckout = await api("POST", `/store/ordo/carts/${empty.body.cart.id}/checkout`, {
      token: acme,
      body: { address_id: acmeAddress, po_number: "X-2" },
    })
    expect(emptyCheckout.status).toBe(400)
    expect(emptyCheckout.body.message).toMatch(/cart is empty/i)
    expect(await orderCount()).toBe(before)
  })

  it("refuses an order for more than is available, naming the SKU and the quantity left", async () => {
    const admin = await loginAdmin()
    const sku = `TEST-SHORT-${Date.now()}`
    const { inventoryItemId } = await createStockedProduct(admin, sku, 5)
    const cartId = await cartWith(acme, `${sku} 5`)
    // Stock shrinks after the goods went into the cart (e.g. another channel sold them)
    const [level] = await sql("select id, location_id from inventory_level where inventory_item_id = $1", [
      inventoryItemId,
    ])
    await api("POST", `/admin/inventory-items/${inventoryItemId}/location-levels/${level.location_id}`, {
      token: admin,
      body: { stocked_quantity: 2 },
    })
    const before = await orderCount()
    const r = await api("POST", `/store/ordo/carts/${cartId}/checkout`, {
      token: acme,
      body: { address_id: acmeAddress, po_number: "SHORT-1" },
    })
    expect(r.status).toBe(400)
    expect(r.body.message).toContain(`SKU ${sku}: 5 requested, only 2 available`)
    expect(await orderCount()).toBe(before)
    const [reserved] = await sql(
      "select coalesce(sum(quantity),0)::int as n from reservation_item where inventory_item_id = $1 and deleted_at is null",
      [inventoryItemId],
    )
    expect(reserved.n).toBe(0)

    // Once the stock is back, retrying the same cart places exactly one order
    await api("POST", `/admin/inventory-items/${inventoryItemId}/location-levels/${level.location_id}`, {
      token: admin,
      body: { stocked_quantity: 5 },
    })
    const retry = await api("POST", `/store/ordo/carts/${cartId}/checkout`, {
      token: acme,
      body: { address_id: acmeAddress, po_number: "SHORT-1" },
    })
    expect(retry.status, JSON.stringify(retry.body)).toBe(200)
    expect(await orderCount()).toBe(before + 1)
  })

  it("never sells more than exists: 10 concurrent buyers for the last 3 units", async () => {
    const admin = await loginAdmin()
    const sku = `TEST-LAST3-${Date.now()}`
    const { inventoryItemId } = await createStockedProduct(admin, sku, 3)
    const buyers = []
    for (let i = 0; i < 10; i++) buyers.push(await companyBuyer(`race-${Date.now()}-${i}@ordo.test`))
    const carts = []
    for (const b of buyers) carts.push(await cartWith(b.token, `${sku} 1`))
    const results = await Promise.all(
      buyers.map((b, i) =>
        api("POST", `/store/ordo/carts/${carts[i]}/checkout`, {
          token: b.token,
          body: { address_id: b.addressId, po_number: `RACE-${i}` },
        }),
      ),
    )
    const won = results.filter((r) => r.status === 200)
    const lost = results.filter((r) => r.status !== 200)
    expect(won, JSON.stringify(results.map((r) => [r.status, r.body?.message]))).toHaveLength(3)
    expect(lost).toHaveLength(7)
    for (const r of lost) {
      expect(r.status).toBeGreaterThanOrEqual(400)
      expect(r.status).toBeLessThan(500)
      expect(r.body.message).toContain(sku)
    }
    const rows = await sql(
      `select o.id, o.status, o.deleted_at, oi.deleted_at as item_deleted, oi.quantity::int as quantity
         from order_item oi join order_line_item li on li.id = oi.item_id join "order" o on o.id = oi.order_id
        where li.variant_sku = $1`,
      [sku],
    )
    const live = rows.filter((r) => !r.deleted_at && !r.item_deleted)
    expect(
      live.reduce((a, r) => a + r.quantity, 0),
      JSON.stringify(rows),
    ).toBe(3)
    const [reserved] = await sql(
      "select coalesce(sum(quantity),0)::int as n from reservation_item where inventory_item_id = $1 and deleted_at is null",
      [inventoryItemId],
    )
    expect(reserved.n).toBe(3)
  })
})
