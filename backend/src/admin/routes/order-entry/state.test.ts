import { describe, expect, it } from "vitest"
import type { EntryProduct } from "../../hooks/order-entry"
import { allWarnings, chosenHint, entryBody, quantityFor, submitExtras, successText } from "./derive"
import {
  appendLines,
  type EntryAction,
  type EntryState,
  entryReducer,
  initialEntryState,
  lineCheck,
  OTHER,
} from "./state"

const ctx = {
  company: { id: "comp_1", legal_name: "Acme Industrial Supply", currency_code: "cny" },
  buyers: [
    { customer_id: "cus_1", name: "Li Wei" },
    { customer_id: "cus_2", name: "Wang Fang" },
  ],
  addresses: [{ id: "addr_1", address_1: "1 Road", city: "Shanghai", postal_code: "200000" }],
}
const product = (over: Partial<EntryProduct> = {}): EntryProduct => ({
  variant_id: "var_1",
  sku: "AB-1",
  title: "Bolt",
  unit_price: "1.50",
  list_price: "2.00",
  tax_inclusive: true,
  allow_backorder: false,
  available_total: 40,
  locations: [],
  unit_cost: null,
  last_paid: null,
  usual_quantity: null,
  ...over,
})
const run = (...actions: EntryAction[]) =>
  actions.reduce<EntryState>((s, a) => entryReducer(s, a), initialEntryState("key-1"))
const line = (sku: string, quantity: string, over = {}) => ({
  sku,
  variant_id: null,
  title: "",
  quantity,
  unit_price: "",
  priced: false,
  ...over,
})

describe("order entry state", () => {
  it("picking a company fills the box, closes the matches and presets buyer, address and the other address", () => {
    const s = run({ type: "customerSearch", q: "acme" }, { type: "companyLoaded", ctx, customerId: "cus_2" })
    expect(s).toMatchObject({
      customerQ: "Acme Industrial Supply",
      customerSearch: "",
      customerOpen: false,
      buyerId: "cus_2",
      addressId: "addr_1",
    })
    expect(s.otherAddress.company).toBe("Acme Industrial Supply")
    expect(run({ type: "companyLoaded", ctx: { ...ctx, addresses: [] } }).addressId).toBe(OTHER)
    expect(run({ type: "companyLoaded", ctx }).buyerId).toBe("cus_1")
  })

  it("a chosen product waits for its quantity, then becomes a line; the same variant adds up", () => {
    const p = product({ usual_quantity: 10 })
    const chosen = run({ type: "productChosen", product: p, hint: "Bolt · 1.50 CNY" })
    expect(chosen).toMatchObject({ pending: p, addQ: "AB-1", suggestOpen: false, addHint: "Bolt · 1.50 CNY" })
    expect(quantityFor(p, "")).toBe("10")
    expect(quantityFor(p, "0")).toBeNull()
    expect(quantityFor(product(), "")).toBeNull()
    const once = entryReducer(chosen, { type: "pendingAdded", quantity: "12" })
    expect(once).toMatchObject({ pending: null, addQ: "", qty: "", addHint: "" })
    const twice = entryReducer(entryReducer(once, { type: "productChosen", product: p, hint: "" }), {
      type: "pendingAdded",
      quantity: "3",
    })
    expect(twice.lines).toEqual([
      { key: 1, sku: "AB-1", variant_id: "var_1", title: "Bolt", quantity: "15", unit_price: "1.50", priced: false },
    ])
  })

  it("pasted lines merge with the same SKU unless they carry another price", () => {
    const s = run({ type: "pasted", lines: [line("AB-1", "2"), line("CD-2", "1")], errors: [] })
    const more = appendLines(s, [line("AB-1", "3"), line("CD-2", "1", { unit_price: "9", priced: true })])
    expect(more.lines.map((l) => [l.key, l.sku, l.quantity])).toEqual([
      [1, "AB-1", "5"],
      [2, "CD-2", "1"],
      [3, "CD-2", "1"],
    ])
    expect(more.nextKey).toBe(4)
  })

  it("keeps unreadable pasted lines in the box and says what was added", () => {
    const errors = [{ line: 2, raw: "zzz ??", code: "invalid_quantity", error: "bad" }]
    const s = run({ type: "pasted", lines: [line("AB-1", "2")], errors })
    expect(s.pasteText).toBe("zzz ??")
    expect(s.pasteErrors).toEqual(errors)
    expect(s.pasteInfo).toBe("1 line(s) added; 1 could not be read and are left in the box.")
  })

  it("the entry goes to the check once there is a company, a buyer and a line; typed prices and addresses are sent", () => {
    expect(entryBody(run({ type: "companyLoaded", ctx }))).toBeNull()
    const s = run(
      { type: "companyLoaded", ctx },
      {
        type: "pasted",
        lines: [line("AB-1", "2"), line("CD-2", "x", { unit_price: " 3.10 ", priced: true })],
        errors: [],
      },
      { type: "address", id: OTHER },
      { type: "otherAddress", patch: { city: " Suzhou ", country_code: " CN " } },
      { type: "shipping", value: " 12 " },
    )
    expect(entryBody(s)).toEqual({
      company_id: "comp_1",
      customer_id: "cus_1",
      lines: [
        { sku: "AB-1", quantity: 2 },
        { sku: "CD-2", quantity: 0, unit_price: "3.10" },
      ],
      shipping_address: { company: "Acme Industrial Supply", city: "Suzhou", country_code: "cn" },
      shipping_amount: "12",
    })
  })

  it("fills contract prices, variants and titles from the check, but never over a typed price", () => {
    const s = run({
      type: "pasted",
      lines: [line("AB-1", "2"), line("CD-2", "1", { unit_price: "9", priced: true })],
      errors: [],
    })
    const check = {
      lines: [
        { index: 0, sku: "AB-1", variant_id: "var_1", unit_price: "1.50", title: "Bolt" },
        { index: 1, sku: "CD-2", variant_id: "var_2", unit_price: "2.00", title: "Nut" },
      ],
      totals: {},
      blocks: [],
      warnings: [],
    }
    const priced = entryReducer(s, { type: "checked", check })
    expect(priced.lines[0]).toMatchObject({ unit_price: "1.50", variant_id: "var_1", title: "Bolt", priced: false })
    expect(priced.lines[1]).toMatchObject({ unit_price: "9", variant_id: null })
    expect(lineCheck(check, 1, priced.lines[1])?.variant_id).toBe("var_2")
    expect(lineCheck(check, 0, { ...priced.lines[0], sku: "ZZ-9", variant_id: null })).toBeNull()
  })

  it("shows the check's warnings plus the submit's, confirms only those on show", () => {
    const check = {
      lines: [],
      totals: {},
      blocks: [],
      warnings: [{ key: "a", code: "x", message: "A" }],
    }
    const extra = [
      { key: "a", code: "x", message: "A again" },
      { key: "b", code: "y", message: "B" },
    ]
    const warnings = allWarnings(check, extra)
    expect(warnings.map((w) => w.message)).toEqual(["A", "B"])
    const s = run(
      { type: "confirm", key: "a", on: true },
      { type: "confirm", key: "gone", on: true },
      { type: "po", value: " PO-1 " },
    )
    expect(submitExtras(s, "place", warnings)).toEqual({ action: "place", confirmed: ["a"], po_number: "PO-1" })
    expect(entryReducer(s, { type: "confirm", key: "a", on: false }).confirmed).toEqual(["gone"])
  })

  it("after a save the form is blank with a new key, the success on show", () => {
    const s = run(
      { type: "companyLoaded", ctx },
      { type: "pasted", lines: [line("AB-1", "2")], errors: [] },
      { type: "po", value: "PO-1" },
      { type: "submitError", error: "old", warnings: [{ key: "a", code: "x", message: "A" }] },
      { type: "submitStarted" },
      { type: "submitted", saved: { action: "place", status: "placed", display_id: 7 }, entryKey: "key-2" },
    )
    expect(s).toMatchObject({ ctx: null, customerQ: "", lines: [], po: "", extraWarnings: [], entryKey: "key-2" })
    expect(s.nextKey).toBe(2)
    expect(successText(s.success!)).toBe("Order #7 placed")
  })

  it("a reopened draft brings its lines, PO and address (on file when it matches one)", () => {
    const loaded = run({ type: "companyLoaded", ctx })
    const draft = {
      order_id: "order_9",
      po_number: "PO-9",
      lines: [{ sku: "AB-1", variant_id: "var_1", quantity: 4, unit_price: "1.20" }],
      shipping_address: { address_1: "1 Road", city: "Shanghai", postal_code: "200000" },
    }
    const s = entryReducer(loaded, { type: "draftOpened", draft, entryKey: "key-9" })
    expect(s).toMatchObject({ draftId: "order_9", entryKey: "key-9", po: "PO-9", addressId: "addr_1" })
    expect(s.lines).toEqual([
      { key: 1, sku: "AB-1", variant_id: "var_1", title: "", quantity: "4", unit_price: "1.20", priced: true },
    ])
    const elsewhere = entryReducer(loaded, {
      type: "draftOpened",
      draft: { ...draft, shipping_address: { address_1: "9 Lane", city: "Suzhou", country_code: "cn" } },
      entryKey: "key-9",
    })
    expect(elsewhere.addressId).toBe(OTHER)
    expect(elsewhere.otherAddress).toMatchObject({ address_1: "9 Lane", city: "Suzhou", company: "" })
  })

  it("words what was saved and what a picked product offers", () => {
    expect(successText({ action: "place", status: "requires_approval", display_id: 3 })).toBe(
      "Order #3 waits for approval",
    )
    expect(successText({ action: "quote", status: "sent" })).toBe("Quote created and sent")
    expect(successText({ action: "draft", status: "draft", display_id: 5 })).toBe("Draft #5 saved")
    expect(chosenHint(product({ usual_quantity: 10 }), "cny")).toBe("Bolt · 1.50 CNY · 40 available · usually 10")
    expect(chosenHint(product({ available_total: null }), "cny")).toBe("Bolt · 1.50 CNY · stock not tracked")
  })
})
