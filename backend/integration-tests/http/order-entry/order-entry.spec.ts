import { beforeAll, describe, expect, it } from "vitest"
import {
  acmeForEntry,
  api,
  buyerAddressId,
  createStockedProduct,
  loginAdmin,
  loginBuyer,
  stack,
} from "../../../../tests/support/api"
import { sql } from "../../../../tests/support/db"

const run = Date.now().toString(36).toUpperCase()
const ordersOf = async (customerId: string) =>
  Number((await sql('select count(*)::int as n from "order" where customer_id = $1', [customerId]))[0].n)

describe("staff order entry: customer search, paste, guards, draft / quote / place", () => {
  let staff: string
  let companyId: string
  let customerId: string
  let addressId: string
  const A = `OE-${run}-A`
  const B = `OE-${run}-B`
  const SCARCE = `OE-${run}-SCARCE`
  let shanghai: string

  const entry = (lines: any[], extra: Record<string, unknown> = {}) => ({
    company_id: companyId,
    customer_id: customerId,
    address_id: addressId,
    lines,
    ...extra,
  })
  const submit = (lines: any[], extra: Record<string, unknown> = {}) =>
    api("POST", "/admin/ordo/order-entry/submit", { token: staff, body: entry(lines, { action: "place", ...extra }) })

  beforeAll(async () => {
    staff = await loginAdmin()
    ;({ companyId, customerId, addressId } = await acmeForEntry(staff))
    await createStockedProduct(staff, A, 500)
    await createStockedProduct(staff, B, 500)
    await createStockedProduct(staff, SCARCE, 10)
    const locations = await api("GET", "/admin/ordo/stock/locations", { token: staff })
    shanghai = locations.body.locations.find((l: any) => /shanghai/i.test(l.name)).id
    // Cost layers: A costs 40.00 net a unit (new products have no contract price: list 100.00 CNY incl. 13 % VAT = 88.50 net).
    const receipt = await api("POST", "/admin/ordo/purchase-receipts", {
      token: staff,
      body: {
        supplier: "Ningbo Fasteners",
        received_at: "2026-01-15",
        lines: [
          { sku: A, location_id: shanghai, quantity: 1000, unit_cost: "40.00" },
          { sku: B, location_id: shanghai, quantity: 1000, unit_cost: "60.00" },
        ],
      },
    })
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(201)
  })

  it("finds the company by a typo'd alias, buyer name, phone digits and tax id; refuses short or unauthenticated searches", async () => {
    const search = (q: string, token: string | undefined = staff) =>
      api("GET", `/admin/ordo/order-entry/customers?q=${encodeURIComponent(q)}`, { token })
    const alias = await search("acme shangai")
    expect(alias.status).toBe(200)
    expect(alias.body.matches[0]).toMatchObject({ company_id: companyId, matched_on: "alias" })
    expect((await search("Wei Zhnag")).body.matches[0]).toMatchObject({ company_id: companyId, matched_on: "buyer" })
    const phone = (await search("5555 0102")).body.matches[0]
    expect(phone).toMatchObject({ company_id: companyId, matched_on: "phone", buyer: { name: "Li Na" } })
    expect((await search("MA1K4ACM")).body.matches[0]).toMatchObject({ company_id: companyId, matched_on: "tax_id" })
    expect((await search("艾克米")).body.matches[0].company_id).toBe(companyId)
    expect((await search("Globx Tradng")).body.matches[0].legal_name).toMatch(/Globex/)
    expect((await search("zzqqxxvv")).body.matches).toEqual([])
    const short = await search("a")
    expect(short.status).toBe(400)
    expect(short.body.message).toMatch(/^q:/)
    expect((await api("GET", "/admin/ordo/order-entry/customers?q=acme")).status).toBe(401)
  })

  it("fills in contacts, addresses, terms and price list; shows last price paid and usual quantity after an order", async () => {
    const exposure = async () =>
      Number((await api("GET", `/admin/ordo/companies/${companyId}/credit`, { token: staff })).body.exposure.exposure)
    const before = await exposure()
    const placed = await submit([{ sku: A, quantity: 5 }], { po_number: `OE-${run}-FIRST` })
    expect(placed.status, JSON.stringify(placed.body)).toBe(201)
    expect(placed.body).toMatchObject({ status: "placed", display_id: expect.any(Number) })
    // The placed order counts against the credit limit at once (uninvoiced order or open invoice): 5 × 100.00.
    expect((await exposure()) - before).toBeCloseTo(500, 2)
    const ctx = await api("GET", `/admin/ordo/order-entry/customers/${companyId}`, { token: staff })
    expect(ctx.status).toBe(200)
    expect(ctx.body.buyers.map((b: any) => b.email)).toEqual(
      expect.arrayContaining(["buyer@acme.test", "purchasing@acme.test"]),
    )
    expect(ctx.body.addresses.length).toBeGreaterThan(0)
    expect(ctx.body.credit).toMatchObject({ terms: expect.any(String), on_hold: false })
    expect(ctx.body.price_lists[0].title).toMatch(/Acme/)
    expect(ctx.body.last_prices.find((p: any) => p.sku === A)).toMatchObject({ unit_price: "100.00", quantity: 5 })
    expect(ctx.body.recent_orders[0]).toMatchObject({ id: placed.body.order_id, channel: "Staff entry" })
    const products = await api("GET", `/admin/ordo/order-entry/products?company_id=${companyId}&q=${A}`, {
      token: staff,
    })
    expect(products.body.products[0]).toMatchObject({
      sku: A,
      unit_price: "100.00",
      list_price: "100.00",
      available_total: 1495,
      usual_quantity: 5,
      last_paid: { unit_price: "100.00", quantity: 5 },
    })
    expect(products.body.products[0].locations.find((l: any) => l.location_id === shanghai).available).toBe(1495)
    expect((await api("GET", "/admin/ordo/order-entry/customers/comp_nope", { token: staff })).status).toBe(404)
  })

  it("reads pasted spreadsheet lines with Chinese headers and reports every bad line, saving nothing", async () => {
    const before = await ordersOf(customerId)
    const text = [
      "货号\t品名\t数量\t单价",
      `${A}\tbolt\t5\t`,
      `${B.toLowerCase()}\twasher\t2\t88.50`,
      "garbage line with no number",
      `${A}\tbolt\t0\t`,
      `${A}\tbolt\t1000000000\t`,
      `${B}\twasher\t2\t9.999`,
      `NOPE-${run}\tx\t3\t`,
    ].join("\n")
    const r = await api("POST", "/admin/ordo/order-entry/parse", {
      token: staff,
      body: { company_id: companyId, text },
    })
    expect(r.status).toBe(200)
    expect(r.body.lines.map((l: any) => [l.line, l.sku, l.quantity, l.unit_price])).toEqual([
      [2, A, 5, null],
      [3, B, 2, "88.50"],
    ])
    expect(r.body.errors.map((e: any) => [e.line, e.code])).toEqual([
      [4, "invalid_quantity"],
      [5, "invalid_quantity"],
      [6, "invalid_quantity"],
      [7, "invalid_price"],
      [8, "unknown_sku"],
    ])
    expect(r.body.errors[3].error).toMatch(/CNY prices have at most 2 decimals/)
    const huge = Array.from({ length: 10_000 }, (_, i) => `${A} ${i + 1}`).join("\n")
    const tooMany = await api("POST", "/admin/ordo/order-entry/parse", {
      token: staff,
      body: { company_id: companyId, text: huge },
    })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.message).toMatch(/^text: 10000 lines pasted; at most 1000/)
    const unknown = await api("POST", "/admin/ordo/order-entry/parse", {
      token: staff,
      body: { company_id: "comp_nope", text: `${A} 1` },
    })
    expect(unknown.status).toBe(404)
    expect(await ordersOf(customerId)).toBe(before)
  })

  it("guards: 50 against a usual 5, below cost, under the minimum margin and a new address need confirming", async () => {
    const before = await ordersOf(customerId)
    const check = await api("POST", "/admin/ordo/order-entry/check", {
      token: staff,
      body: entry([
        { sku: A, quantity: 50 },
        { sku: B, quantity: 1, unit_price: "60.00" },
      ]),
    })
    expect(check.status).toBe(200)
    const keys = check.body.warnings.map((w: any) => w.key)
    expect(keys).toEqual([`unusual_quantity:${A}`, `below_cost:${B}`])
    expect(check.body.warnings[0].message).toMatch(/50 is 10× more than this customer's usual 5/)
    // 100.00 incl. 13 % VAT = 88.50 net against a cost of 40.00 → 54.8 % margin
    expect(check.body.lines[0]).toMatchObject({ unit_cost: "40.00", cost: "2000.00", margin_percent: "54.8" })
    const marginCheck = await api("POST", "/admin/ordo/order-entry/check", {
      token: staff,
      body: entry([{ sku: A, quantity: 1 }]),
    })
    expect(marginCheck.body.lines[0]).toMatchObject({ cost: "40.00", margin: "48.50", margin_percent: "54.8" })
    expect(marginCheck.body.totals).toMatchObject({
      total: "100.00",
      tax: "11.50",
      net_revenue: "88.50",
      margin: "48.50",
    })
    // 48.00 incl. VAT = 42.48 net: above cost but only 5.8 % margin, under the 10 % minimum.
    const thin = await api("POST", "/admin/ordo/order-entry/check", {
      token: staff,
      body: entry([{ sku: A, quantity: 5, unit_price: "48.00" }]),
    })
    expect(thin.body.warnings.map((w: any) => w.code)).toEqual(["below_min_margin"])

    const refused = await submit([{ sku: A, quantity: 50 }])
    expect(refused.status).toBe(422)
    expect(refused.body).toMatchObject({ type: "confirmation_required", warnings: [{ key: `unusual_quantity:${A}` }] })
    const newAddress = {
      address_1: "77 Unknown Lane",
      city: "Hangzhou",
      postal_code: "310000",
      country_code: "cn",
    }
    const unconfirmedAddress = await api("POST", "/admin/ordo/order-entry/submit", {
      token: staff,
      body: {
        company_id: companyId,
        customer_id: customerId,
        shipping_address: newAddress,
        lines: [{ sku: A, quantity: 5 }],
        action: "place",
      },
    })
    expect(unconfirmedAddress.status).toBe(422)
    expect(unconfirmedAddress.body.warnings.map((w: any) => w.key)).toEqual(["new_address"])
    expect(await ordersOf(customerId)).toBe(before)

    const confirmed = await api("POST", "/admin/ordo/order-entry/submit", {
      token: staff,
      body: {
        company_id: companyId,
        customer_id: customerId,
        shipping_address: newAddress,
        lines: [{ sku: A, quantity: 5 }],
        action: "place",
        confirmed: ["new_address"],
      },
    })
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(201)
    const order = await api("GET", `/admin/orders/${confirmed.body.order_id}?fields=id,*shipping_address`, {
      token: staff,
    })
    expect(order.body.order.shipping_address).toMatchObject({ address_1: "77 Unknown Lane", city: "Hangzhou" })
  })

  it("refuses bad input with the field named and writes nothing: 0, 1e9, 3-decimal CNY price, unknown SKU or customer, too much stock", async () => {
    const before = await ordersOf(customerId)
    const zero = await submit([{ sku: A, quantity: 0 }])
    expect(zero.status).toBe(400)
    expect(zero.body.message).toMatch(/lines\.0\.quantity: 0 must be a whole number from 1 to 100000/)
    expect((await submit([{ sku: A, quantity: 1e9 }])).body.blocks[0]).toMatchObject({ code: "invalid_quantity" })
    const price = await submit([{ sku: A, quantity: 1, unit_price: "9.999" }])
    expect(price.status).toBe(400)
    expect(price.body.message).toMatch(/lines\.0\.unit_price: CNY prices have at most 2 decimals/)
    const sku = await submit([{ sku: `NOPE-${run}`, quantity: 1 }])
    expect(sku.body.blocks[0]).toMatchObject({ code: "unknown_sku", field: "lines.0.sku" })
    const notNumber = await submit([{ sku: A, quantity: "five" }])
    expect(notNumber.status).toBe(400)
    expect(notNumber.body.message).toMatch(/quantity/)
    const stranger = await api("POST", "/admin/ordo/order-entry/submit", {
      token: staff,
      body: { ...entry([{ sku: A, quantity: 1 }]), customer_id: "cus_nope", action: "place" },
    })
    expect(stranger.status).toBe(400)
    expect(stranger.body.message).toMatch(/^customer_id: not a buyer of Acme/)
    const short = await submit([{ sku: SCARCE, quantity: 11 }])
    expect(short.status).toBe(400)
    expect(short.body.blocks[0]).toMatchObject({ code: "insufficient_stock", sku: SCARCE })
    expect(short.body.message).toMatch(/11 requested, only 10 available/)
    expect((await submit([])).body.blocks[0]).toMatchObject({ code: "no_lines" })
    expect(
      (
        await api("POST", "/admin/ordo/order-entry/submit", {
          body: entry([{ sku: A, quantity: 1 }], { action: "place" }),
        })
      ).status,
    ).toBe(401)
    expect(await ordersOf(customerId)).toBe(before)
  })

  it("sells beyond stock only for a product that allows backorders", async () => {
    const product = await api("GET", `/admin/products?q=${SCARCE}&fields=id,variants.id`, { token: staff })
    const p = product.body.products[0]
    const set = await api("POST", `/admin/products/${p.id}/variants/${p.variants[0].id}`, {
      token: staff,
      body: { allow_backorder: true },
    })
    expect(set.status).toBe(200)
    const check = await api("POST", "/admin/ordo/order-entry/check", {
      token: staff,
      body: entry([{ sku: SCARCE, quantity: 12 }]),
    })
    expect(check.body.blocks).toEqual([])
    expect(check.body.lines[0]).toMatchObject({ allow_backorder: true, available: 10 })
    await api("POST", `/admin/products/${p.id}/variants/${p.variants[0].id}`, {
      token: staff,
      body: { allow_backorder: false },
    })
  })

  it("saves a Medusa draft order, reopens it and places it; sends a quote to the buyer", async () => {
    const draft = await submit([{ sku: B, quantity: 2 }], { action: "draft", po_number: `OE-${run}-DRAFT` })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    expect(draft.body.status).toBe("draft")
    const medusaDraft = await api("GET", `/admin/draft-orders/${draft.body.order_id}`, { token: staff })
    expect(medusaDraft.status).toBe(200)
    expect(medusaDraft.body.draft_order).toMatchObject({ id: draft.body.order_id, status: "draft" })
    const reopened = await api("GET", `/admin/ordo/order-entry/drafts/${draft.body.order_id}`, { token: staff })
    expect(reopened.body).toMatchObject({
      company_id: companyId,
      customer_id: customerId,
      po_number: `OE-${run}-DRAFT`,
      lines: [{ sku: B, quantity: 2, unit_price: "100.00" }],
    })
    // Nothing reserved while it is a draft.
    const reservedBefore = await sql(
      "select coalesce(sum(r.quantity),0)::int as n from reservation_item r join inventory_item i on i.id = r.inventory_item_id where i.sku = $1 and r.deleted_at is null",
      [B],
    )
    expect(reservedBefore[0].n).toBe(0)
    const placed = await submit([{ sku: B, quantity: 3 }], {
      draft_order_id: draft.body.order_id,
      po_number: `OE-${run}-DRAFT`,
    })
    expect(placed.status, JSON.stringify(placed.body)).toBe(201)
    expect(placed.body.status).toBe("placed")
    expect((await api("GET", `/admin/draft-orders/${draft.body.order_id}`, { token: staff })).status).toBe(404)
    const reserved = await sql(
      "select coalesce(sum(r.quantity),0)::int as n from reservation_item r join inventory_item i on i.id = r.inventory_item_id where i.sku = $1 and r.deleted_at is null",
      [B],
    )
    expect(reserved[0].n).toBe(3)

    const quote = await submit([{ sku: A, quantity: 4, unit_price: "90.00" }], { action: "quote" })
    expect(quote.status, JSON.stringify(quote.body)).toBe(201)
    const q = await api("GET", `/admin/ordo/quotes/${quote.body.quote_id}`, { token: staff })
    expect(q.body.quote.status).toBe("sent")
    expect(q.body.quote.versions[0].lines[0]).toMatchObject({ sku: A, quantity: 4, unit_price: "90.00" })
  })

  it("a discounted order goes through the same approval rules as the storefront and reserves nothing until approved", async () => {
    // 75.00 is 25 % below the 100.00 list price: the seeded rule sends it to a sales manager.
    const big = await submit([{ sku: A, quantity: 5, unit_price: "75.00" }])
    expect(big.status, JSON.stringify(big.body)).toBe(201)
    expect(big.body).toMatchObject({ status: "requires_approval", approval_request_id: expect.any(String) })
    const list = await api("GET", `/admin/ordo/orders?status=requires_approval&company_id=${companyId}`, {
      token: staff,
    })
    expect(list.body.orders.map((o: any) => o.id)).toContain(big.body.order_id)
    expect(list.body.orders.every((o: any) => o.status === "requires_approval")).toBe(true)
    const drafts = await api("GET", `/admin/ordo/orders?status=draft&company_id=${companyId}`, { token: staff })
    expect(drafts.body.orders.map((o: any) => o.id)).not.toContain(big.body.order_id)
    expect(drafts.body.count).toBe(drafts.body.orders.length)
  })

  it("parallel staff orders for the last units never oversell", async () => {
    const LAST = `OE-${run}-LAST`
    await createStockedProduct(staff, LAST, 10)
    const results = await Promise.all(Array.from({ length: 5 }, () => submit([{ sku: LAST, quantity: 3 }])))
    const placed = results.filter((r) => r.status === 201)
    expect(placed).toHaveLength(3)
    for (const r of results.filter((r) => r.status !== 201)) {
      expect([400, 409]).toContain(r.status)
      expect(r.body.message).toMatch(/only 1 available|Stock was taken meanwhile|being placed right now/)
    }
    const reserved = await sql(
      "select coalesce(sum(r.quantity),0)::int as n from reservation_item r join inventory_item i on i.id = r.inventory_item_id where i.sku = $1 and r.deleted_at is null",
      [LAST],
    )
    expect(reserved[0].n).toBe(9)
  })

  it("staff and storefront orders racing for the same last units never oversell", async () => {
    const RACE = `OE-${run}-RACE`
    await createStockedProduct(staff, RACE, 10)
    // Buyers' carts are prepared first; then 3 buyer checkouts and 3 staff orders of 3 units each go at once.
    const buyers = await Promise.all(["buyer@acme.test", "purchasing@acme.test", "buyer@initech.test"].map(loginBuyer))
    const carts = await Promise.all(
      buyers.map(async (token) => {
        const cart = await api("POST", "/store/ordo/quick-order", { token, body: { text: `${RACE} 3` } })
        expect(cart.status, JSON.stringify(cart.body)).toBe(200)
        return { token, cartId: cart.body.cart.id as string, addressId: await buyerAddressId(token) }
      }),
    )
    const results = await Promise.all([
      ...carts.map((c) =>
        api("POST", `/store/ordo/carts/${c.cartId}/checkout`, {
          token: c.token,
          body: { address_id: c.addressId, po_number: `RACE-${run}` },
        }),
      ),
      ...Array.from({ length: 3 }, () => submit([{ sku: RACE, quantity: 3 }])),
    ])
    const won = results.filter((r) => r.status === 200 || r.status === 201)
    expect(won).toHaveLength(3)
    for (const r of results.filter((r) => r.status >= 300)) expect([400, 409]).toContain(r.status)
    const reserved = await sql(
      "select coalesce(sum(r.quantity),0)::int as n from reservation_item r join inventory_item i on i.id = r.inventory_item_id where i.sku = $1 and r.deleted_at is null",
      [RACE],
    )
    expect(reserved[0].n).toBe(9)
  })

  it("buyers cannot use the staff API", async () => {
    const buyer = await loginBuyer()
    const r = await api("GET", "/admin/ordo/order-entry/customers?q=acme", { token: buyer })
    expect(r.status).toBe(401)
    const place = await api("POST", "/admin/ordo/order-entry/submit", {
      token: buyer,
      body: entry([{ sku: A, quantity: 1 }], { action: "place" }),
    })
    expect(place.status).toBe(401)
  })

  it("a submission repeated with the same Idempotency-Key makes one order", async () => {
    const { backendUrl } = stack()
    const key = `entry-${run}`
    const send = () =>
      fetch(`${backendUrl}/admin/ordo/order-entry/submit`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${staff}`, "idempotency-key": key },
        body: JSON.stringify(entry([{ sku: B, quantity: 2 }], { action: "place" })),
      }).then(async (r) => ({ status: r.status, body: await r.json() }))
    const before = await ordersOf(customerId)
    const [one, two] = await Promise.all([send(), send()])
    expect([one.status, two.status]).toEqual([201, 201])
    expect(one.body.order_id).toBe(two.body.order_id)
    expect([one.body.repeated, two.body.repeated].filter(Boolean)).toHaveLength(1)
    expect(await ordersOf(customerId)).toBe(before + 1)
  })

  it("one order list for every channel, filtered by channel, company, status and date, with who entered it", async () => {
    const all = await api("GET", `/admin/ordo/orders?company_id=${companyId}&limit=200`, { token: staff })
    expect(all.status).toBe(200)
    const staffChannel = all.body.channels.find((c: any) => c.name === "Staff entry")
    const storefront = all.body.channels.find((c: any) => c.name === "Ordo B2B Storefront")
    expect(staffChannel && storefront).toBeTruthy()
    const entered = await api("GET", `/admin/ordo/orders?channel=${staffChannel.id}&company_id=${companyId}`, {
      token: staff,
    })
    expect(entered.body.orders.length).toBeGreaterThan(0)
    for (const o of entered.body.orders) {
      expect(o.channel.name).toBe("Staff entry")
      expect(o.company).toMatchObject({ id: companyId })
      expect(o.entered_by).toMatchObject({ name: "Ordo Admin" })
      expect(o).toHaveProperty("payment_status")
      expect(o).toHaveProperty("fulfillment_status")
    }
    const one = entered.body.orders[0]
    const byNumber = await api("GET", `/admin/ordo/orders?q=%23${one.display_id}`, { token: staff })
    expect(byNumber.body.orders.map((o: any) => o.id)).toEqual([one.id])
    const byEmail = await api("GET", `/admin/ordo/orders?q=buyer%40acme.test&company_id=${companyId}`, { token: staff })
    expect(byEmail.body.orders.length).toBeGreaterThan(0)
    expect(byEmail.body.orders.every((o: any) => o.customer.email === "buyer@acme.test")).toBe(true)
    const pending = await api("GET", `/admin/ordo/orders?channel=${staffChannel.id}&status=pending`, { token: staff })
    expect(pending.body.orders.every((o: any) => o.status === "pending")).toBe(true)
    const old = await api("GET", `/admin/ordo/orders?channel=${staffChannel.id}&to=2020-01-01`, { token: staff })
    expect(old.body.orders).toEqual([])
    const other = await api("GET", `/admin/ordo/orders?channel=${storefront.id}`, { token: staff })
    expect(other.body.orders.every((o: any) => o.channel.name === "Ordo B2B Storefront" && !o.entered_by)).toBe(true)
    expect((await api("GET", "/admin/ordo/orders?status=lost", { token: staff })).status).toBe(400)
    expect((await api("GET", "/admin/ordo/orders?from=yesterday", { token: staff })).status).toBe(400)
    expect((await api("GET", "/admin/ordo/orders")).status).toBe(401)
  })
})
