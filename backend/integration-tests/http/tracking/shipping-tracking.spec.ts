// Shipping and tracking (ADR 021) against the booted backend and the fake Shippo server on
// Shippo's real formats: a parcel typed in by the warehouse, a label bought through Shippo's
// fulfillment provider, track_updated webhooks (forged, repeated, late, missing optional
// fields), the order's shipping and payment state, the buyer's mails and the public lookup.
import { readFileSync } from "node:fs"
import { beforeAll, describe, expect, it } from "vitest"
import { api, buyerAddressId, login, loginAdmin, loginBuyer, stack, until } from "../../../../tests/support/api"
import { sentMails, sql, stockedSkus } from "../../../../tests/support/db"

async function placeOrder(token: string, text: string, po: string) {
  const cart = await api("POST", "/store/ordo/quick-order", { token, body: { text } })
  expect(cart.status, JSON.stringify(cart.body)).toBe(200)
  const r = await api("POST", `/store/ordo/carts/${cart.body.cart.id}/checkout`, {
    token,
    body: { address_id: await buyerAddressId(token), po_number: po },
  })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  return r.body.order.id as string
}

const webhook = (track: unknown, token = stack().shippoWebhookToken) =>
  fetch(`${stack().backendUrl}/webhooks/shippo?token=${encodeURIComponent(token)}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ event: "track_updated", test: true, data: track }),
  }).then(async (r) => ({ status: r.status, body: await r.json().catch(() => null) }))

const scan = (status: string, at: string, details: string, object_id: string) => ({
  object_created: at,
  object_updated: at,
  object_id,
  status,
  status_details: details,
  status_date: at,
  location: { city: "Shanghai", country: "CN" },
})
const track = (carrier: string, number: string, history: ReturnType<typeof scan>[]) => ({
  carrier,
  tracking_number: number,
  messages: [],
  tracking_history: history,
  tracking_status: history.at(-1) ?? null,
})
const shippoRequests = () =>
  readFileSync(stack().shippoLog, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l))
const events = (shipmentId: string) =>
  sql("select status, details from tracking_event where shipment_id = $1 order by occurred_at", [shipmentId])

describe("shipping and tracking: labels, typed-in numbers, webhooks, states, mails and /track", () => {
  let staff: string
  let warehouse: string
  let sales: string
  let acme: string
  let globex: string
  let skus: string[]
  let orderId: string
  let displayId: number
  let postal: string
  let manual: { id: string; tracking_number: string }
  const run = Date.now().toString().slice(-8)
  const SF = `SF${run}0001`

  beforeAll(async () => {
    ;[staff, warehouse, sales, acme, globex] = await Promise.all([
      loginAdmin(),
      login("user", "warehouse@ordo.test", "ordo-staff"),
      login("user", "sales@ordo.test", "ordo-staff"),
      loginBuyer("buyer@acme.test"),
      loginBuyer("buyer@globex.test"),
    ])
    skus = await stockedSkus(2, 50)
    orderId = await placeOrder(acme, `${skus[0]} 4\n${skus[1]} 2`, `PO-TRACK-${run}`)
    const [o] = await sql(
      'select o.display_id, a.postal_code from "order" o join order_address a on a.id = o.shipping_address_id where o.id = $1',
      [orderId],
    )
    displayId = o.display_id
    postal = o.postal_code
  })

  it("the shipping desk sees what is left to ship and the carriers; buyers and staff without the right cannot ship", async () => {
    const desk = await api("GET", `/admin/ordo/orders/${orderId}/shipments`, { token: warehouse })
    expect(desk.status, JSON.stringify(desk.body)).toBe(200)
    expect(desk.body).toMatchObject({ shipments: [], shipping_state: "not_shipped", payment_state: "not_invoiced" })
    expect(desk.body.unshipped.map((i: any) => i.quantity).sort()).toEqual([2, 4])
    expect(desk.body.carriers.map((c: any) => c.code)).toEqual(expect.arrayContaining(["sf_express", "usps"]))
    expect(desk.body.shippo_enabled).toBe(true)

    const body = { carrier: "sf_express", tracking_number: SF }
    const bySales = await api("POST", `/admin/ordo/orders/${orderId}/shipments`, { token: sales, body })
    expect(bySales.status).toBe(403)
    const byBuyer = await api("POST", `/admin/ordo/orders/${orderId}/shipments`, { token: acme, body })
    expect(byBuyer.status).toBe(401)
    const unknown = await api("POST", `/admin/ordo/orders/${orderId}/shipments`, {
      token: warehouse,
      body: { carrier: "pigeon_post", tracking_number: SF },
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body.message).toMatch(/^carrier:/)
    const garbled = await api("POST", `/admin/ordo/orders/${orderId}/shipments`, {
      token: warehouse,
      body: { carrier: "sf_express", tracking_number: "12 <script>" },
    })
    expect(garbled.status).toBe(400)
    expect(garbled.body.message).toMatch(/^tracking_number:/)
    const item = desk.body.unshipped.find((i: any) => i.quantity === 4)
    const tooMany = await api("POST", `/admin/ordo/orders/${orderId}/shipments`, {
      token: warehouse,
      body: { ...body, items: [{ id: item.id, quantity: 5 }] },
    })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.message).toMatch(/^items:.*4 left to ship/)
    // Nothing was written by any refusal.
    expect(await sql("select id from shipment where order_id = $1", [orderId])).toEqual([])
    expect(await sql("select id from order_fulfillment where order_id = $1", [orderId])).toEqual([])
  })

  it("a typed-in SF Express number ships part of the order: fulfillment, shipped, invoice, mail", async () => {
    const desk = await api("GET", `/admin/ordo/orders/${orderId}/shipments`, { token: warehouse })
    const item = desk.body.unshipped.find((i: any) => i.quantity === 4)
    const r = await api("POST", `/admin/ordo/orders/${orderId}/shipments`, {
      token: warehouse,
      body: { carrier: "sf_express", tracking_number: ` ${SF.toLowerCase()} `, items: [{ id: item.id, quantity: 4 }] },
    })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body.shipment).toMatchObject({
      carrier: "sf_express",
      carrier_name_zh: "顺丰速运",
      tracking_number: SF,
      source: "manual",
      status: "UNKNOWN",
    })
    manual = r.body.shipment
    // Medusa's fulfillment carries the number as its label and is marked shipped.
    const [f] = await sql(
      `select f.shipped_at, l.tracking_number from order_fulfillment ofl
         join fulfillment f on f.id = ofl.fulfillment_id join fulfillment_label l on l.fulfillment_id = f.id
        where ofl.order_id = $1`,
      [orderId],
    )
    expect(f.tracking_number).toBe(SF)
    expect(f.shipped_at).not.toBeNull()
    // The buyer's order: partly shipped, the parcel with its carrier; Acme is invoiced per shipment.
    const buyer = await until(
      () => api("GET", `/store/ordo/orders/${orderId}`, { token: acme }),
      (x) => x.body.order?.payment_state === "unpaid",
    )
    expect(buyer.body.order.shipping_state).toBe("partly_shipped")
    expect(buyer.body.shipments).toHaveLength(1)
    expect(buyer.body.shipments[0]).toMatchObject({ tracking_number: SF, carrier_name: "SF Express" })
    expect(buyer.body.shipments[0].label_url).toBeUndefined()
    // SF Express is not a Shippo carrier: nothing was registered with Shippo.
    expect(shippoRequests().filter((q) => q.path === "/tracks" && q.body?.tracking_number === SF)).toEqual([])
    const mails = await until(
      () => sentMails(),
      (m) => m.some((x) => x.template === "ordo-order-shipped" && x.body.includes(SF)),
    )
    const shipped = mails.filter((x) => x.template === "ordo-order-shipped" && x.body.includes(SF))
    expect(shipped).toHaveLength(1)
    expect(shipped[0]?.to).toEqual(["buyer@acme.test"])
    expect(shipped[0]?.subject).toContain(`PO-TRACK-${run}`)
    expect(shipped[0]?.body).toContain(`/track?number=${SF}`)
  })

  it("another company's buyer sees neither the order nor its parcels", async () => {
    const other = await api("GET", `/store/ordo/orders/${orderId}`, { token: globex })
    expect(other.status).toBe(404)
    expect(JSON.stringify(other.body)).not.toContain(SF)
  })

  it("a Shippo label: rates for the parcel, the label bought through Medusa's fulfillment provider, the track registered", async () => {
    const rates = await api("POST", `/admin/ordo/orders/${orderId}/shipping-rates`, {
      token: warehouse,
      body: { parcel: { weight_kg: 2.5, length_cm: 40, width_cm: 30, height_cm: 20 } },
    })
    expect(rates.status, JSON.stringify(rates.body)).toBe(200)
    expect(rates.body.rates.length).toBeGreaterThan(0)
    const rate = rates.body.rates[0]
    expect(rate.amount).toMatch(/^\d+\.\d{2}$/)
    const badParcel = await api("POST", `/admin/ordo/orders/${orderId}/shipping-rates`, {
      token: warehouse,
      body: { parcel: { weight_kg: -1, length_cm: 40, width_cm: 30, height_cm: 20 } },
    })
    expect(badParcel.status).toBe(400)
    expect(badParcel.body.message).toMatch(/weight_kg/)
    // A label Shippo refuses: nothing shipped, nothing recorded.
    const refused = await api("POST", `/admin/ordo/orders/${orderId}/shipments`, {
      token: warehouse,
      body: { rate_id: "rate_fail" },
    })
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.status).toBeLessThan(500)
    expect(await sql("select id from shipment where order_id = $1", [orderId])).toHaveLength(1)

    const r = await api("POST", `/admin/ordo/orders/${orderId}/shipments`, {
      token: warehouse,
      body: { rate_id: rate.id },
    })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body.shipment).toMatchObject({ source: "shippo", status: "PRE_TRANSIT", carrier: rate.carrier })
    expect(r.body.shipment.label_url).toMatch(/^http.*\.pdf$/)
    const number = r.body.shipment.tracking_number
    const [label] = await sql(
      "select l.label_url, f.provider_id from fulfillment_label l join fulfillment f on f.id = l.fulfillment_id where l.tracking_number = $1",
      [number],
    )
    expect(label).toMatchObject({ provider_id: "shippo_shippo", label_url: r.body.shipment.label_url })
    const registered = shippoRequests().filter((q) => q.path === "/tracks" && q.method === "POST")
    expect(registered.map((q) => q.body.tracking_number)).toContain(number)
    expect(registered.every((q) => /^ShippoToken shippo_test_/.test(q.authorization))).toBe(true)
    const buyer = await api("GET", `/store/ordo/orders/${orderId}`, { token: acme })
    expect(buyer.body.order.shipping_state).toBe("shipped")
    // Nothing is left: another parcel is refused with the reason.
    const again = await api("POST", `/admin/ordo/orders/${orderId}/shipments`, {
      token: warehouse,
      body: { carrier: "ups", tracking_number: "1Z999AA10123456784" },
    })
    expect(again.status).toBe(400)
    expect(again.body.message).toMatch(/^items: nothing is left to ship/)
  })

  it("a webhook with a wrong or missing token is refused and writes nothing", async () => {
    const t = track("sf_express", SF, [scan("TRANSIT", "2026-12-01T08:00:00Z", "Departed Shanghai hub", "ev1")])
    expect((await webhook(t, "not-the-token")).status).toBe(401)
    const missing = await fetch(`${stack().backendUrl}/webhooks/shippo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ event: "track_updated", data: t }),
    })
    expect(missing.status).toBe(401)
    expect(await events(manual.id)).toEqual([])
  })

  it("track_updated moves the parcel on; repeated and late deliveries change nothing", async () => {
    const early = scan("PRE_TRANSIT", "2026-12-01T06:00:00Z", "Picked up", "ev0")
    const transit = scan("TRANSIT", "2026-12-01T08:00:00Z", "Departed Shanghai hub", "ev1")
    const first = await webhook(track("sf_express", SF, [transit]))
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body).toMatchObject({ shipments: 1, changed: 1 })
    // Shippo's webhooks are not idempotent: the same body again.
    expect((await webhook(track("sf_express", SF, [transit]))).body).toMatchObject({ changed: 0 })
    // An older scan arrives late: it joins the history, the status stays.
    expect((await webhook(track("sf_express", SF, [early]))).body).toMatchObject({ changed: 0 })
    expect((await events(manual.id)).map((e: any) => e.status)).toEqual(["PRE_TRANSIT", "TRANSIT"])
    const [s] = await sql("select status, status_details from shipment where id = $1", [manual.id])
    expect(s).toEqual({ status: "TRANSIT", status_details: "Departed Shanghai hub" })
  })

  it("a recorded real response without optional fields is read, and delivery reaches the buyer once", async () => {
    // No object_id, no location, no substatus, a date without a zone, tracking_status null.
    const sparse = {
      carrier: "sf_express",
      tracking_number: SF,
      tracking_status: null,
      tracking_history: [
        { status: "DELIVERED", status_details: "Signed for by reception", status_date: "2026-12-02 10:15:00" },
      ],
      messages: [],
      address_from: null,
      eta: null,
    }
    const r = await webhook(sparse)
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body.changed).toBe(1)
    await webhook(sparse)
    const [s] = await sql("select status, delivered_at from shipment where id = $1", [manual.id])
    expect(s.status).toBe("DELIVERED")
    expect(new Date(s.delivered_at).toISOString()).toBe("2026-12-02T10:15:00.000Z")
    const mails = await until(
      () => sentMails(),
      (m) => m.some((x) => x.template === "ordo-order-delivered" && x.body.includes(SF)),
    )
    expect(mails.filter((x) => x.template === "ordo-order-delivered" && x.body.includes(SF))).toHaveLength(1)
    // One parcel of two delivered.
    const buyer = await api("GET", `/store/ordo/orders/${orderId}`, { token: acme })
    expect(buyer.body.order.shipping_state).toBe("partly_delivered")
    const timeline = buyer.body.shipments.find((x: any) => x.tracking_number === SF).events
    expect(timeline.map((e: any) => e.status)).toEqual(["DELIVERED", "TRANSIT", "PRE_TRANSIT"])
  })

  it("a delivery problem alerts the buyer and the warehouse", async () => {
    const [other] = await sql(
      "select tracking_number, carrier from shipment where order_id = $1 and source = 'shippo'",
      [orderId],
    )
    const r = await webhook(
      track(other.carrier, other.tracking_number, [
        scan("FAILURE", new Date().toISOString(), "Address not found", `fail-${run}`),
      ]),
    )
    expect(r.body.changed).toBe(1)
    const mails = await until(
      () => sentMails(),
      (m) => m.some((x) => x.template === "ordo-shipment-exception-staff" && x.body.includes(other.tracking_number)),
    )
    const buyerMail = mails.filter(
      (x) => x.template === "ordo-shipment-exception" && x.body.includes(other.tracking_number),
    )
    expect(buyerMail.map((m) => m.to[0])).toEqual(["buyer@acme.test"])
    const staffMail = mails.filter(
      (x) => x.template === "ordo-shipment-exception-staff" && x.body.includes(other.tracking_number),
    )
    expect(staffMail.flatMap((m) => m.to)).toContain("warehouse@ordo.test")
  })

  it("payment state follows Ordo's invoices, not Medusa's payment collection", async () => {
    const invoices = await until(
      () => api("GET", `/admin/ordo/invoices?order_id=${orderId}`, { token: staff }),
      (x) => x.body.invoices?.length === 2,
    )
    const all = invoices.body.invoices
    const first = all[0]
    const pay = await api("POST", "/admin/ordo/payments", {
      token: staff,
      body: {
        company_id: first.company_id,
        amount: first.total,
        currency_code: first.currency_code,
        method: "bank_transfer",
        reference: `TRACK-${run}`,
        allocations: [{ invoice_id: first.id, amount: first.total }],
      },
    })
    expect(pay.status, JSON.stringify(pay.body)).toBeLessThan(300)
    const part = await api("GET", `/store/ordo/orders/${orderId}`, { token: acme })
    expect(part.body.order.payment_state).toBe("partly_paid")
    const list = await api("GET", `/admin/ordo/orders?q=${displayId}`, { token: staff })
    expect(list.body.orders[0]).toMatchObject({ payment_state: "partly_paid", shipping_state: "partly_delivered" })
    // Staff find it by the buyer's PO number too.
    const byPo = await api("GET", `/admin/ordo/orders?q=${encodeURIComponent(`PO-TRACK-${run}`)}`, { token: staff })
    expect(byPo.body.orders.map((o: any) => o.id)).toEqual([orderId])
    expect(byPo.body.orders[0].po_number).toBe(`PO-TRACK-${run}`)
  })

  it("the poll path: a parcel Shippo follows is read with GET /tracks and merged once (staff's Refresh)", async () => {
    const second = await placeOrder(acme, `${skus[0]} 1`, `PO-POLL-${run}`)
    const shipped = await api("POST", `/admin/ordo/orders/${second}/shipments`, {
      token: warehouse,
      body: { carrier: "shippo", tracking_number: "SHIPPO_DELIVERED" },
    })
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200)
    const id = shipped.body.shipment.id
    const [row] = await sql("select trackable, registered_at from shipment where id = $1", [id])
    expect(row.trackable).toBe(true)
    expect(row.registered_at).not.toBeNull()
    expect((await api("POST", `/admin/ordo/shipments/${id}/refresh`, { token: sales })).status).toBe(403)
    const r = await api("POST", `/admin/ordo/shipments/${id}/refresh`, { token: warehouse })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body.changed).toBe(1)
    expect(r.body.shipment.status).toBe("DELIVERED")
    expect(r.body.shipment.events.map((e: any) => e.status)).toEqual(["DELIVERED", "TRANSIT", "PRE_TRANSIT"])
    expect(shippoRequests().some((q) => q.method === "GET" && q.path === "/tracks/shippo/SHIPPO_DELIVERED")).toBe(true)
    const again = await api("POST", `/admin/ordo/shipments/${id}/refresh`, { token: warehouse })
    expect(again.body.changed).toBe(0)
    expect(await events(id)).toHaveLength(3)
    // A carrier Shippo does not follow is not read.
    const manualRefresh = await api("POST", `/admin/ordo/shipments/${manual.id}/refresh`, { token: warehouse })
    expect(manualRefresh.status).toBe(400)
  })

  describe("the public /track page's API", () => {
    const from = (ip: string) => ({ publishableKey: stack().publishableKey, headers: { "x-forwarded-for": ip } })

    it("answers progress only, for the order number with its postal code or e-mail, or a tracking number", async () => {
      const byCode = await api(
        "GET",
        `/store/track?order_number=${displayId}&postal_code=${postal}`,
        from("203.0.113.7"),
      )
      expect(byCode.status, JSON.stringify(byCode.body)).toBe(200)
      expect(byCode.body.order).toEqual({ display_id: displayId, shipping_state: "partly_delivered" })
      expect(byCode.body.shipments.map((s: any) => s.tracking_number)).toContain(SF)
      const text = JSON.stringify(byCode.body)
      for (const secret of ["buyer@acme.test", `PO-TRACK-${run}`, "label_url", skus[0] as string, "Acme"])
        expect(text).not.toContain(secret)
      const byMail = await api(
        "GET",
        `/store/track?order_number=${displayId}&email=BUYER@acme.test`,
        from("203.0.113.7"),
      )
      expect(byMail.status).toBe(200)
      const byNumber = await api("GET", `/store/track?tracking_number=${SF}`, from("203.0.113.7"))
      expect(byNumber.status).toBe(200)
      expect(byNumber.body.order).toBeNull()
      expect(byNumber.body.shipments[0].status).toBe("DELIVERED")
    })

    it("a wrong postal code gets the same answer as an unknown order; guessing is throttled", async () => {
      const wrong = await api("GET", `/store/track?order_number=${displayId}&postal_code=999999`, from("198.51.100.9"))
      const none = await api("GET", "/store/track?order_number=99999999&postal_code=200000", from("198.51.100.9"))
      expect(wrong.status).toBe(404)
      expect(none.status).toBe(404)
      expect(wrong.body).toEqual(none.body)
      const empty = await api("GET", `/store/track?order_number=${displayId}`, from("198.51.100.9"))
      expect(empty.status).toBe(400)
      expect(empty.body.message).toMatch(/order_number/)
      let last = 0
      for (let i = 0; i < 12; i++)
        last = (await api("GET", `/store/track?order_number=${displayId}&postal_code=1000${i}`, from("198.51.100.9")))
          .status
      expect(last).toBe(429)
      // Even the right answer waits out the window from that address; another address is unaffected.
      expect(
        (await api("GET", `/store/track?order_number=${displayId}&postal_code=${postal}`, from("198.51.100.9"))).status,
      ).toBe(429)
      expect(
        (await api("GET", `/store/track?order_number=${displayId}&postal_code=${postal}`, from("192.0.2.44"))).status,
      ).toBe(200)
    })
  })
})
