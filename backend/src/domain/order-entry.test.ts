import { describe, expect, it } from "vitest"
import { checkEntryAddress, checkEntryLines, type EntryFacts, entryVerdict, priceEntry } from "./order-entry"

const onFile = [{ id: "addr_1", address_1: "1 Bund Rd", city: "Shanghai", postal_code: "200000", country_code: "cn" }]
const ctx = {
  on_file: onFile,
  buyer: { first_name: "Li", last_name: "Na" },
  legal_name: "Acme",
  currency_code: "cny",
  region_countries: ["cn"],
}
const variant = {
  variant_id: "var_1",
  sku: "AB-1",
  title: "Bolt",
  allow_backorder: false,
  manage_inventory: true,
  inventory_item_id: "iitem_1",
}

describe("checkEntryAddress", () => {
  it("takes an address on file by id and refuses another company's", () => {
    expect(checkEntryAddress({ address_id: "addr_1" }, ctx)).toMatchObject({ blocks: [], warnings: [] })
    expect(checkEntryAddress({ address_id: "addr_x" }, ctx).blocks[0]).toMatchObject({ code: "unknown_address" })
  })

  it("asks to confirm a typed address not on file, but not one that is (spelled differently)", () => {
    const fresh = checkEntryAddress(
      { shipping_address: { address_1: "9 Nanjing Rd", city: "Shanghai", country_code: "cn" } },
      ctx,
    )
    expect(fresh.warnings.map((w) => w.key)).toEqual(["new_address"])
    expect(fresh.address).toMatchObject({ first_name: "Li", company: "Acme" })
    const same = checkEntryAddress(
      { shipping_address: { address_1: "1 bund rd.", city: "SHANGHAI", postal_code: "200000", country_code: "CN" } },
      ctx,
    )
    expect(same.warnings).toEqual([])
  })

  it("names a missing field and an address outside the price region", () => {
    expect(checkEntryAddress({ shipping_address: { address_1: "x", country_code: "cn" } }, ctx).blocks[0].message).toBe(
      "shipping_address.city: required",
    )
    const abroad = checkEntryAddress({ shipping_address: { address_1: "x", city: "Paris", country_code: "fr" } }, ctx)
    expect(abroad.blocks[0]).toMatchObject({ code: "address_outside_region", field: "shipping_address.country_code" })
  })
})

describe("checkEntryLines", () => {
  it("blocks unknown SKUs, bad quantities and prices with the line's field", () => {
    const { blocks } = checkEntryLines(
      [
        { sku: "NOPE", quantity: 1 },
        { sku: "AB-1", quantity: 0 },
        { sku: "AB-1", quantity: 2, unit_price: "1.234" },
        { sku: "AB-1", quantity: 2, unit_price: "abc" },
      ],
      (l) => (l.sku === "AB-1" ? variant : undefined),
      "cny",
    )
    expect(blocks.map((b) => [b.code, b.field])).toEqual([
      ["unknown_sku", "lines.0.sku"],
      ["invalid_quantity", "lines.1.quantity"],
      ["invalid_price", "lines.2.unit_price"],
      ["invalid_price", "lines.3.unit_price"],
    ])
  })

  it("blocks an empty entry", () => {
    expect(checkEntryLines([], () => undefined, "cny").blocks[0].code).toBe("no_lines")
  })
})

const facts = (over: Partial<EntryFacts> = {}): EntryFacts => ({
  currency_code: "cny",
  resolved: [{ input: { sku: "AB-1", quantity: 10 }, variant }],
  prices: new Map([["var_1", { contract_price: "11.30", list_price: "12.00", tax_inclusive: true }]]),
  costs: new Map([["var_1", { cost: "80.0000", unit_cost: "8.0000" }]]),
  usual: new Map(),
  last: new Map(),
  stock: () => ({ locations: [{ location_id: "loc", name: "Main", available: 40 }], total: 40 }),
  shortages: [],
  vat_rate: 13,
  min_margin_percent: 10,
  ...over,
})

describe("priceEntry", () => {
  it("prices at the contract price net of VAT with cost and margin", () => {
    const p = priceEntry(facts())
    expect(p.totals).toMatchObject({
      subtotal: "113.00",
      total: "113.00",
      tax: "13.00",
      net_revenue: "100.00",
      cost: "80.00",
    })
    expect(p.totals.margin).toBe("20.00")
    expect(p.lines[0]).toMatchObject({ unit_price: "11.30", available: 40, margin_percent: "20.0" })
    expect(p.warnings).toEqual([])
  })

  it("warns of a price below cost, a thin margin and an unusual quantity", () => {
    const below = priceEntry(facts({ resolved: [{ input: { sku: "AB-1", quantity: 10, unit_price: "5" }, variant }] }))
    expect(below.warnings.map((w) => w.key)).toEqual(["below_cost:AB-1"])
    const thin = priceEntry(
      facts({ resolved: [{ input: { sku: "AB-1", quantity: 10, unit_price: "9.50" }, variant }] }),
    )
    expect(thin.warnings.map((w) => w.code)).toEqual(["below_min_margin"])
    const unusual = priceEntry(facts({ usual: new Map([["var_1", 100]]) }))
    expect(unusual.warnings[0].message).toBe("AB-1: 10 is 10× less than this customer's usual 100")
  })

  it("blocks a shortage, a missing price and a bad freight amount", () => {
    const p = priceEntry(
      facts({
        prices: new Map(),
        shortages: [{ sku: "AB-1", requested: 10, available: 4, inStock: 4 }],
        shipping_amount: "1.005",
      }),
    )
    expect(p.blocks.map((b) => b.code)).toEqual(["insufficient_stock", "no_price", "invalid_price"])
  })
})

describe("entryVerdict", () => {
  it("blocks, then asks for confirmations, then is ready", () => {
    const warnings = [{ key: "new_address", code: "new_address", message: "check it" }]
    expect(
      entryVerdict({ blocks: [{ code: "x", message: "bad" }], warnings }, { needs_address: false, has_address: false })
        .kind,
    ).toBe("blocked")
    expect(entryVerdict({ blocks: [], warnings: [] }, { needs_address: true, has_address: false })).toMatchObject({
      kind: "blocked",
      blocks: [{ code: "no_address" }],
    })
    expect(entryVerdict({ blocks: [], warnings }, { needs_address: true, has_address: true }).kind).toBe("unconfirmed")
    expect(
      entryVerdict({ blocks: [], warnings }, { needs_address: true, has_address: true, confirmed: ["new_address"] })
        .kind,
    ).toBe("ready")
  })
})
