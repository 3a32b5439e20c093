import { beforeAll, describe, expect, it } from "vitest"
import { api, loginAdmin, loginBuyer } from "../../../../tests/support/api"

const FIELDS = "id,title,*variants.calculated_price,variants.sku,+variants.inventory_quantity"

async function regionId(currency: string) {
  const r = await api("GET", "/store/regions")
  return r.body.regions.find((x: any) => x.currency_code === currency).id as string
}

describe("seeded B2B catalogue and contract prices", () => {
  let admin: string
  beforeAll(async () => {
    admin = await loginAdmin()
  })

  it("has at least 200 SKUs in several categories, stock in two locations, some low and some zero", async () => {
    const variants = await api("GET", "/admin/product-variants?limit=1&fields=id", { token: admin })
    expect(variants.body.count).toBeGreaterThanOrEqual(200)
    const categories = await api("GET", "/store/product-categories?limit=50")
    expect(categories.body.product_categories.length).toBeGreaterThanOrEqual(5)
    const locations = await api("GET", "/admin/stock-locations", { token: admin })
    expect(locations.body.stock_locations.length).toBe(2)
    const items = await api("GET", "/admin/inventory-items?limit=1000&fields=sku,stocked_quantity", { token: admin })
    const stock = items.body.inventory_items.map((i: any) => Number(i.stocked_quantity))
    expect(stock.filter((s: number) => s === 0).length).toBeGreaterThan(5)
    expect(stock.filter((s: number) => s > 0 && s <= 10).length).toBeGreaterThan(5)
    const groups = await api("GET", "/admin/customer-groups", { token: admin })
    expect(groups.body.customer_groups.length).toBeGreaterThanOrEqual(3)
    const lists = await api("GET", "/admin/price-lists", { token: admin })
    expect(lists.body.price_lists.length).toBeGreaterThanOrEqual(3)
  })

  it("shows each company its own contract price, below the list price", async () => {
    const acme = await loginBuyer("buyer@acme.test")
    const globex = await loginBuyer("buyer@globex.test")
    const cny = await regionId("cny")
    const usd = await regionId("usd")
    const q = `handle=hex-bolt-din933-zinc&fields=${FIELDS}`
    const asAcme = await api("GET", `/store/products?${q}&region_id=${cny}`, { token: acme })
    const anonCny = await api("GET", `/store/products?${q}&region_id=${cny}`)
    const asGlobex = await api("GET", `/store/products?${q}&region_id=${usd}`, { token: globex })
    const variant = (r: any) => r.body.products[0].variants.find((v: any) => v.sku === "FST-HB-ZP-M8X25")
    const list = variant(anonCny).calculated_price
    const acmePrice = variant(asAcme).calculated_price
    const globexPrice = variant(asGlobex).calculated_price
    expect(list.calculated_amount).toBe(list.original_amount)
    // Acme: 8% off the CNY list price; Globex: 12% off the USD list price
    expect(acmePrice.calculated_amount).toBeCloseTo(Math.round(list.calculated_amount * 92) / 100, 2)
    expect(acmePrice.currency_code).toBe("cny")
    expect(globexPrice.currency_code).toBe("usd")
    expect(globexPrice.calculated_amount).toBeLessThan(globexPrice.original_amount)
    expect(globexPrice.calculated_amount).toBeCloseTo(Math.round(globexPrice.original_amount * 88) / 100, 2)
    expect(typeof variant(asAcme).inventory_quantity).toBe("number")
  })

  it("filters by search text and category", async () => {
    const cats = await api("GET", "/store/product-categories?handle=safety")
    const safety = cats.body.product_categories[0].id
    const inCat = await api("GET", `/store/products?category_id[]=${safety}&limit=100&fields=id,*categories`)
    expect(inCat.body.count).toBeGreaterThan(3)
    for (const p of inCat.body.products) expect(p.categories.map((c: any) => c.id)).toContain(safety)
    const found = await api("GET", "/store/products?q=washer&fields=id,title")
    expect(found.body.count).toBeGreaterThanOrEqual(2)
    for (const p of found.body.products) expect(p.title.toLowerCase()).toContain("washer")
  })
})
