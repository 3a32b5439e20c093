import { readFileSync } from "node:fs"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
// @ts-expect-error plain ESM test support without types
import { startFakeShippo, trackUpdatedWebhook } from "../../../tests/support/fake-shippo.mjs"
import { CARRIERS, carrierFromProvider, carrierName, isShippoCarrier, trackingUrl } from "./carriers"
import { createShippoClient, ShippoError, shippoErrorText } from "./client"
import { parseTrack, parseTrackWebhook, ShippoTrackError, trackEventKey } from "./track"
import { verifyWebhookToken } from "./webhook"

// Shippo's SDK examples (../shared/reference/providers, copied into ../fixtures) and a hand-trimmed sparse track.
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"))
const getExample = () => fixture("track-GET.example.json")
const registerExample = () => fixture("track-POST-register.example.json")
const sparse = () => fixture("track-sparse.trimmed.json")
const noWait = { sleep: async () => {}, baseBackoffMs: 1 }

describe("parseTrack", () => {
  it("reads the reference GET track", () => {
    const track = parseTrack(getExample())
    expect(track).toEqual({
      carrier: "usps",
      tracking_number: "9205590164917312751089",
      status: "DELIVERED",
      status_details: "Your shipment has been delivered at the destination mailbox.",
      status_date: "2016-07-23T00:00:00.000Z",
      substatus: {
        code: "information_received",
        text: "Information about the package received.",
        action_required: true,
      },
      eta: null,
      location: "Las Vegas, NV, US",
      metadata: "Order 000123",
      history: [
        {
          object_id: "<id>",
          status: "DELIVERED",
          substatus_code: "information_received",
          details: "Your shipment has been delivered at the destination mailbox.",
          location: "Las Vegas, NV, US",
          occurred_at: "2016-07-23T00:00:00.000Z",
          dedupe_key: "id:<id>",
        },
      ],
    })
  })

  it("does not repeat the current status when the history already has it", () => {
    const track = parseTrack(registerExample().response_200)
    expect(track.status).toBe("DELIVERED")
    expect(track.history).toHaveLength(1)
    // Same event under another object_id (webhook vs poll): still one event.
    const body = registerExample().response_200
    body.tracking_status.object_id = "other"
    expect(parseTrack(body).history).toHaveLength(1)
  })

  it("accepts a sparse track: no substatus, location or eta, null address, zone-less dates, bare history", () => {
    const track = parseTrack(sparse())
    expect(track).toMatchObject({
      carrier: "usps",
      status: "TRANSIT",
      status_details: "Your shipment has arrived at the post office.",
      status_date: "2016-07-23T00:00:00.000Z",
      substatus: null,
      eta: null,
      location: null,
      metadata: null,
    })
    expect(track.history.map((e) => [e.status, e.occurred_at, e.object_id, e.location])).toEqual([
      ["UNKNOWN", "2016-07-20T14:00:00.000Z", null, null],
      ["TRANSIT", "2016-07-21T09:12:00.000Z", null, null],
      ["TRANSIT", "2016-07-23T00:00:00.000Z", null, null],
    ])
    expect(track.history.every((e) => /^ev:[0-9a-f]{40}$/.test(e.dedupe_key))).toBe(true)
    expect(new Set(track.history.map((e) => e.dedupe_key)).size).toBe(3)
  })

  it("gives the same event the same key whatever the date spelling, and different events different keys", () => {
    const a = parseTrack(sparse()).history[2]
    const webhookCopy = sparse()
    webhookCopy.tracking_history[2].status_date = "2016-07-23T00:00:00Z"
    expect(parseTrack(webhookCopy).history[2].dedupe_key).toBe(a.dedupe_key)
    expect(trackEventKey({ ...a, details: "other" })).not.toBe(a.dedupe_key)
    expect(trackEventKey({ ...a, object_id: "abc" })).toBe("id:abc")
  })

  it("survives missing and odd fields, and sorts the history oldest first", () => {
    expect(parseTrack({ carrier: "UPS", tracking_number: 1234 })).toEqual({
      carrier: "ups",
      tracking_number: "1234",
      status: "UNKNOWN",
      status_details: null,
      status_date: null,
      substatus: null,
      eta: null,
      location: null,
      metadata: null,
      history: [],
    })
    const odd = parseTrack({
      carrier: "usps",
      tracking_number: "X",
      eta: "not a date",
      tracking_status: { status: "OUT_FOR_DELIVERY", status_date: null, object_updated: "2024-01-02T00:00:00Z" },
      tracking_history: [
        null,
        "junk",
        { status: "transit", object_created: "2024-01-01T10:00:00+08:00" },
        { status: "TRANSIT" }, // no date at all: cannot be placed
        {
          status: "PRE_TRANSIT",
          status_date: "2023-12-31",
          substatus: { text: "no code" },
          location: { country: "CN" },
        },
      ],
    })
    expect(odd.status).toBe("UNKNOWN")
    expect(odd.eta).toBeNull()
    expect(odd.history.map((e) => [e.status, e.occurred_at, e.location, e.substatus_code])).toEqual([
      ["PRE_TRANSIT", "2023-12-31T00:00:00.000Z", "CN", null],
      ["TRANSIT", "2024-01-01T02:00:00.000Z", null, null],
      ["UNKNOWN", "2024-01-02T00:00:00.000Z", null, null],
    ])
  })

  it("throws a clear error only without carrier or tracking number", () => {
    expect(() => parseTrack({ tracking_number: "1" })).toThrow(/no carrier/)
    expect(() => parseTrack({ carrier: "usps", tracking_number: " " })).toThrow(/no tracking_number/)
    expect(() => parseTrack(null)).toThrow(ShippoTrackError)
  })
})

describe("webhooks", () => {
  it("parses a track_updated envelope, and leaves other events without a track", () => {
    const body = JSON.stringify({ event: "track_updated", test: true, data: getExample() })
    const res = parseTrackWebhook(Buffer.from(body))
    expect(res.event).toBe("track_updated")
    expect(res.test).toBe(true)
    expect(res.track?.status).toBe("DELIVERED")
    expect(parseTrackWebhook('{"event":"transaction_created","data":{"object_id":"x"}}')).toEqual({
      event: "transaction_created",
      test: false,
      track: null,
    })
    expect(() => parseTrackWebhook("{nope")).toThrow(/invalid JSON/)
    expect(() => parseTrackWebhook('{"event":"track_updated","data":{}}')).toThrow(/no carrier/)
  })

  it("the webhook copy and the poll copy of an event share the dedupe key", () => {
    const polled = parseTrack(registerExample().response_200)
    const hooked = parseTrackWebhook(trackUpdatedWebhook(registerExample().response_200)).track!
    expect(hooked.history.map((e) => e.dedupe_key)).toEqual(polled.history.map((e) => e.dedupe_key))
  })

  it("compares the shared token in constant time and refuses a missing one", () => {
    expect(verifyWebhookToken("s3cret-token", "s3cret-token")).toBe(true)
    expect(verifyWebhookToken("s3cret-tokem", "s3cret-token")).toBe(false)
    expect(verifyWebhookToken("s3cret", "s3cret-token")).toBe(false)
    expect(verifyWebhookToken(undefined, "s3cret-token")).toBe(false)
    expect(verifyWebhookToken("", "")).toBe(false)
    expect(verifyWebhookToken("x", "")).toBe(false)
  })
})

describe("carriers", () => {
  it("lists Shippo's carriers, the Chinese express carriers and `other`, with names in both languages", () => {
    const codes = CARRIERS.map((c) => c.code)
    for (const c of ["usps", "ups", "fedex", "dhl_express", "sf_express", "zto", "yto", "sto", "yunda", "jd"])
      expect(codes).toContain(c)
    for (const c of ["ems", "deppon", "best", "shippo", "other"]) expect(codes).toContain(c)
    expect(new Set(codes).size).toBe(codes.length)
    expect(carrierName("sf_express", "zh-CN")).toBe("顺丰速运")
    expect(carrierName("zto", "zh")).toBe("中通快递")
    expect(carrierName("yunda")).toBe("Yunda Express")
    expect(carrierName("acme_post")).toBe("acme_post")
    expect(isShippoCarrier("usps")).toBe(true)
    expect(isShippoCarrier("sf_express")).toBe(false)
    expect(trackingUrl("usps", "9205 59")).toBe("https://tools.usps.com/go/TrackConfirmAction?tLabels=9205%2059")
    expect(trackingUrl("zto", "123")).toBeNull()
    expect(carrierFromProvider("DHL Express")).toBe("dhl_express")
    expect(carrierFromProvider("Canada Post")).toBe("canada_post")
  })
})

/** A bare local server for what the fake does not do (headers, raw answers). */
async function localServer(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const server: Server = createServer((req, res) => {
    let body = ""
    req.on("data", (c) => (body += c))
    req.on("end", () => handler(req, res, body))
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

describe("client", () => {
  it("sends ShippoToken auth, the API version and JSON; keeps a token already prefixed", async () => {
    const seen: Record<string, unknown>[] = []
    const srv = await localServer((req, res, body) => {
      seen.push({ url: req.url, ...req.headers, body })
      res.writeHead(200, { "content-type": "application/json" })
      res.end(JSON.stringify(getExample()))
    })
    try {
      await createShippoClient({ token: "shippo_test_abc", baseUrl: srv.url }).getTrack("usps", "92/05 A")
      await createShippoClient({ token: "ShippoToken shippo_test_abc", baseUrl: `${srv.url}/` }).registerTrack({
        carrier: "usps",
        tracking_number: "9205590164917312751089",
        metadata: "Order 000123",
      })
      expect(seen[0]).toMatchObject({
        url: "/tracks/usps/92%2F05%20A",
        authorization: "ShippoToken shippo_test_abc",
        "shippo-api-version": "2018-02-08",
        accept: "application/json",
      })
      expect(seen[1]).toMatchObject({
        url: "/tracks",
        authorization: "ShippoToken shippo_test_abc",
        "content-type": "application/json",
      })
      expect(JSON.parse(String(seen[1].body))).toEqual(registerExample().request)
    } finally {
      await srv.close()
    }
  })

  it("reads Shippo's error words: messages, detail, field errors", () => {
    expect(shippoErrorText({ messages: [{ source: "UPS", text: "Bad zip" }] }, "x")).toBe("Bad zip")
    expect(shippoErrorText({ detail: "Invalid token." }, "x")).toBe("Invalid token.")
    expect(shippoErrorText({ rate: ["This field is required."] }, "x")).toBe("rate: This field is required.")
    expect(shippoErrorText(undefined, "fallback")).toBe("fallback")
  })

  it("does not retry a label purchase after a 5xx (it may have been bought)", async () => {
    let calls = 0
    const srv = await localServer((_req, res) => {
      calls++
      res.writeHead(502, { "content-type": "application/json" })
      res.end('{"detail":"Bad gateway"}')
    })
    try {
      const c = createShippoClient({ token: "t", baseUrl: srv.url, ...noWait })
      const err = await c.buyLabel({ rate_id: "r1" }).catch((e) => e)
      expect(err).toBeInstanceOf(ShippoError)
      expect(err).toMatchObject({ status: 502 })
      expect(calls).toBe(1)
      calls = 0
      await expect(c.getTrack("usps", "1")).rejects.toMatchObject({ status: 502 })
      expect(calls).toBe(4) // 1 + 3 retries: reading is safe to repeat
    } finally {
      await srv.close()
    }
  })
})

describe("client against the fake Shippo", () => {
  let fake: any
  const client = (over: Record<string, unknown> = {}) =>
    createShippoClient({ token: "shippo_test_ordo", baseUrl: fake.url, ...noWait, ...over })
  const from = {
    name: "Ordo WH1",
    street1: "215 Clayton St.",
    city: "San Francisco",
    state: "CA",
    zip: "94117",
    country: "US",
  }
  const to = { name: "Mr Hippo", street1: "Broadway 1", city: "New York", state: "NY", zip: "10007", country: "US" }
  const parcel = {
    length: 20,
    width: 15,
    height: "10",
    distance_unit: "cm" as const,
    weight: "1.5",
    mass_unit: "kg" as const,
  }

  beforeAll(async () => {
    fake = await startFakeShippo({ token: "shippo_test_ordo" })
  })
  afterAll(() => fake.close())
  beforeEach(() => fake.reset())

  it("refuses another token with 401", async () => {
    const err = await client({ token: "shippo_test_other" })
      .getTrack("usps", "1")
      .catch((e) => e)
    expect(err).toBeInstanceOf(ShippoError)
    expect(err.status).toBe(401)
    expect(err.message).toMatch(/Invalid token/)
  })

  it("registers Shippo's test numbers and answers their status", async () => {
    for (const s of ["PRE_TRANSIT", "TRANSIT", "DELIVERED", "RETURNED", "FAILURE", "UNKNOWN"]) {
      const track = await client().registerTrack({ carrier: "shippo", tracking_number: `SHIPPO_${s}` })
      expect(track.status).toBe(s)
      expect(track.history.at(-1)?.status).toBe(s)
    }
    expect(fake.registered().map((r: any) => r.tracking_number)).toHaveLength(6)
    const unknown = await client().getTrack("zto", "7312345")
    expect(unknown).toMatchObject({ carrier: "zto", status: "UNKNOWN", history: [] })
  })

  it("follows a shipment the fake advances, without duplicating events on re-reads", async () => {
    await client().registerTrack({ carrier: "usps", tracking_number: "9400100000000000000001", metadata: "Order 7" })
    fake.advance("usps", "9400100000000000000001", "TRANSIT", "Departed USPS facility", {
      at: "2025-07-01T08:00:00.000Z",
    })
    const hooked = fake.advance("usps", "9400100000000000000001", "DELIVERED", "Delivered, In/At Mailbox", {
      at: "2025-07-02T15:30:00.000Z",
    })
    const polled = await client().getTrack("usps", "9400100000000000000001")
    expect(polled.status).toBe("DELIVERED")
    expect(polled.history.map((e) => e.status)).toEqual(["TRANSIT", "DELIVERED"])
    const fromWebhook = parseTrackWebhook(trackUpdatedWebhook(hooked)).track!
    expect(fromWebhook.history.map((e) => e.dedupe_key)).toEqual(polled.history.map((e) => e.dedupe_key))
  })

  it("serves a sparse track set by the test", async () => {
    fake.setTrack("usps", "9205590164917312751089", sparse())
    const track = await client().getTrack("usps", "9205590164917312751089")
    expect(track.status).toBe("TRANSIT")
    expect(track.history).toHaveLength(3)
  })

  it("rates a parcel, buys the label, downloads it and refunds it", async () => {
    const shipment = await client().createShipment({ address_from: from, address_to: to, parcels: [parcel] })
    expect(shipment.status).toBe("SUCCESS")
    expect(shipment.rates.length).toBeGreaterThanOrEqual(2)
    for (const r of shipment.rates) {
      expect(r.id).toMatch(/^[0-9a-f]{32}$/)
      expect(r.amount).toMatch(/^\d+\.\d{2}$/)
      expect(r.currency).toBe("USD")
      expect(["usps", "ups"]).toContain(r.carrier)
      expect(r.servicelevel.token).toBeTruthy()
    }
    const sent = fake.requests.find((r: any) => r.path === "/shipments").body
    expect(sent.async).toBe(false)
    expect(sent.parcels[0]).toEqual({
      length: "20",
      width: "15",
      height: "10",
      distance_unit: "cm",
      weight: "1.5",
      mass_unit: "kg",
    })

    const rate = shipment.rates.find((r) => r.carrier === "ups")!
    const label = await client().buyLabel({ rate_id: rate.id, metadata: "Order 42" })
    expect(label).toMatchObject({ status: "SUCCESS", rate_id: rate.id, messages: [] })
    expect(label.tracking_number).toMatch(/^1Z/)
    expect(label.tracking_url).toContain(label.tracking_number)
    expect(fake.requests.find((r: any) => r.path === "/transactions").body).toMatchObject({
      rate: rate.id,
      label_file_type: "PDF",
      async: false,
    })
    const pdf = await fetch(label.label_url!)
    expect(pdf.headers.get("content-type")).toBe("application/pdf")
    const bytes = Buffer.from(await pdf.arrayBuffer()).toString("latin1")
    expect(bytes.startsWith("%PDF-1.4")).toBe(true)
    expect(bytes.trimEnd().endsWith("%%EOF")).toBe(true)
    // The label's number is tracked by Shippo on its own.
    expect((await client().getTrack("ups", label.tracking_number!)).status).toBe("PRE_TRANSIT")

    const refund = await client().refundLabel(label.id)
    expect(refund).toMatchObject({ transaction: label.id, status: "SUCCESS" })
    await expect(client().refundLabel(label.id)).rejects.toMatchObject({ status: 400 })
  })

  it("throws ShippoError with Shippo's messages when a label comes back ERROR", async () => {
    const err = await client()
      .buyLabel({ rate_id: "rate_fail" })
      .catch((e) => e)
    expect(err).toBeInstanceOf(ShippoError)
    expect(err).toMatchObject({ objectStatus: "ERROR", status: 201 })
    expect(err.messages[0]).toMatchObject({ source: "USPS" })
    expect(err.message).toMatch(/address as submitted could not be found/)
    const shipment = await client().createShipment({ address_from: from, address_to: to, parcels: [parcel] })
    fake.failLabels(true)
    await expect(client().buyLabel({ rate_id: shipment.rates[0].id })).rejects.toMatchObject({ objectStatus: "ERROR" })
    fake.failLabels(false)
    await expect(client().buyLabel({ rate_id: "nope" })).rejects.toMatchObject({ status: 400 })
  })

  it("backs off on 429 and 5xx, then gives up with a typed error", async () => {
    const slept: number[] = []
    const sleep = async (ms: number) => {
      slept.push(ms)
    }
    fake.failNext("/tracks", 429, 2)
    const track = await client({ sleep, baseBackoffMs: 100 }).getTrack("shippo", "SHIPPO_TRANSIT")
    expect(track.status).toBe("TRANSIT")
    expect(slept).toEqual([100, 200])
    fake.failNext("/shipments", 503, 1)
    await client().createShipment({ address_from: from, address_to: to, parcels: [parcel] })
    fake.failNext("/transactions", 429, 1)
    const shipment = await client().createShipment({ address_from: from, address_to: to, parcels: [parcel] })
    expect((await client().buyLabel({ rate_id: shipment.rates[0].id })).status).toBe("SUCCESS")
    fake.failNext("/tracks", 429, 10)
    const err = await client({ maxRetries: 2 })
      .getTrack("shippo", "SHIPPO_TRANSIT")
      .catch((e) => e)
    expect(err).toBeInstanceOf(ShippoError)
    expect(err.status).toBe(429)
  })

  it("refuses a shipment without what Shippo requires, naming the fields", async () => {
    const err = await client()
      .createShipment({ address_from: from, address_to: "", parcels: [{ ...parcel, weight: "heavy" }] })
      .catch((e) => e)
    expect(err).toBeInstanceOf(ShippoError)
    expect(err.status).toBe(400)
    expect(err.message).toMatch(/address_to: This field is required/)
    await expect(client().createShipment({ address_from: from, address_to: to, parcels: [] })).rejects.toThrow(
      TypeError,
    )
  })
})
