// A local stand-in for Shippo's REST API (api.goshippo.com, SHIPPO-API-VERSION 2018-02-08) on the
// real formats (goshippo/shippo-javascript-sdk src/models/components/*.ts):
//   POST /tracks                    register a number; returns its Track. For carrier `shippo` the test
//                                   numbers SHIPPO_PRE_TRANSIT/TRANSIT/DELIVERED/RETURNED/FAILURE/UNKNOWN
//                                   answer with that status, as Shippo's test mode does
//   GET  /tracks/{carrier}/{number} the Track (a number never seen has tracking_status null)
//   POST /shipments                 SUCCESS with three rates (USPS ×2, UPS), decimal-string amounts in USD
//   POST /transactions              buys a label: SUCCESS with tracking number, tracking_url_provider and a
//                                   label_url served below; rate "rate_fail" (or failLabels(true)) → ERROR
//   GET  /rates/{id}                a rate quoted before (its provider, servicelevel, amount)
//   POST /refunds                   SUCCESS once per transaction (a second refund is refused)
//   GET  /labels/{id}.pdf           a tiny valid PDF, no auth (Shippo's label URLs are pre-signed)
// Every API call needs `Authorization: ShippoToken <token>` (401 `{"detail": …}` otherwise).
// Control (plain functions): setTrack, advance, registered, requests, failNext, failLabels,
// labels, refunds. `trackUpdatedWebhook(track)` builds the body Shippo POSTs for track_updated.
import { randomBytes } from "node:crypto"
import { appendFileSync, writeFileSync } from "node:fs"
import { createServer } from "node:http"

const TEST_STATUSES = ["PRE_TRANSIT", "TRANSIT", "DELIVERED", "RETURNED", "FAILURE", "UNKNOWN"]
const hex = () => randomBytes(16).toString("hex")
const iso = (ms = Date.now()) => new Date(ms).toISOString()
const LOCATION = { city: "San Francisco", state: "CA", zip: "94117", country: "US" }
const DETAILS = {
  PRE_TRANSIT: "The carrier has received the electronic shipment information.",
  TRANSIT: "Your shipment has departed from the origin.",
  DELIVERED: "Your shipment has been delivered.",
  RETURNED: "Your shipment has been returned to the original sender.",
  FAILURE: "The carrier indicated that there has been an issue with the delivery of your package.",
  UNKNOWN: "The carrier has not yet received the electronic shipment information.",
}

/** A Shippo TrackingStatus object (also the shape of each tracking_history entry). */
function trackingStatus(status, details, opts = {}) {
  const at = opts.at ?? iso()
  return {
    object_created: at,
    object_updated: at,
    object_id: opts.object_id ?? hex(),
    status,
    status_details: details ?? DETAILS[status] ?? "",
    status_date: at,
    substatus: opts.substatus ?? null,
    location: opts.location === undefined ? LOCATION : opts.location,
  }
}

/** A Shippo Track object. */
function trackObject(carrier, number, opts = {}) {
  return {
    carrier,
    tracking_number: number,
    address_from: { city: "San Francisco", state: "CA", zip: "94117", country: "US" },
    address_to: { city: "Las Vegas", state: "NV", zip: "89101", country: "US" },
    eta: opts.eta ?? null,
    original_eta: opts.eta ?? null,
    metadata: opts.metadata ?? null,
    servicelevel: { token: null, name: null },
    messages: [],
    transaction: opts.transaction ?? null,
    test: true,
    tracking_status: null,
    tracking_history: [],
  }
}

/** The test track Shippo answers for carrier `shippo` and SHIPPO_<STATUS>: a history leading to it. */
function testTrack(number, metadata) {
  const status = number.slice("SHIPPO_".length)
  const track = trackObject("shippo", number, { metadata })
  const path =
    status === "UNKNOWN"
      ? ["UNKNOWN"]
      : status === "PRE_TRANSIT"
        ? ["PRE_TRANSIT"]
        : status === "TRANSIT"
          ? ["PRE_TRANSIT", "TRANSIT"]
          : ["PRE_TRANSIT", "TRANSIT", status]
  const start = Date.now() - path.length * 3_600_000
  track.tracking_history = path.map((s, i) => trackingStatus(s, DETAILS[s], { at: iso(start + i * 3_600_000) }))
  track.tracking_status = { ...track.tracking_history.at(-1) }
  if (status !== "DELIVERED" && status !== "UNKNOWN") track.eta = iso(Date.now() + 2 * 86_400_000)
  return track
}

/** The body Shippo POSTs to a webhook URL for a track_updated event. */
export function trackUpdatedWebhook(track, { test = true } = {}) {
  return JSON.stringify({ event: "track_updated", test, data: track })
}

/** POSTs a track_updated delivery to `targetUrl` (e.g. http://…/webhooks/shippo?token=…). */
export async function sendTrackWebhook(targetUrl, track, opts = {}) {
  const res = await fetch(targetUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": "Shippo/1.0" },
    body: trackUpdatedWebhook(track, opts),
  })
  return { status: res.status, body: await res.text() }
}

/** The smallest PDF readers open: one empty A6 page, byte offsets computed. */
function tinyPdf(label) {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    null,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ]
  const stream = `BT /F1 12 Tf 20 380 Td (${label.replace(/[()\\]/g, "")}) Tj ET`
  objects[3] = `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`
  let out = "%PDF-1.4\n"
  const offsets = []
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out))
    out += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = Buffer.byteLength(out)
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, "latin1")
}

const SERVICES = [
  { provider: "USPS", token: "usps_priority", name: "Priority Mail", base: 785, perKg: 120, days: 2, carrier: "usps" },
  {
    provider: "USPS",
    token: "usps_ground_advantage",
    name: "Ground Advantage",
    base: 520,
    perKg: 90,
    days: 4,
    carrier: "usps",
  },
  { provider: "UPS", token: "ups_ground", name: "Ground", base: 1234, perKg: 150, days: 3, carrier: "ups" },
]
const cents = (c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`
const KG = { g: 0.001, kg: 1, lb: 0.45359237, oz: 0.028349523125 }

function trackingNumberFor(carrier) {
  const digits = () => String(Math.floor(Math.random() * 1e9)).padStart(9, "0")
  return carrier === "ups" ? `1Z999AA1${digits()}` : `9205590164917${digits()}`
}
const carrierTrackingUrl = (carrier, n) =>
  carrier === "ups"
    ? `https://www.ups.com/track?tracknum=${n}`
    : `https://tools.usps.com/go/TrackConfirmAction_input?origTrackNum=${n}`

/** `logFile`: every API call is also appended there as a JSON line, for tests in other processes. */
export async function startFakeShippo({ token = "shippo_test_fake", port = 0, logFile } = {}) {
  if (logFile) writeFileSync(logFile, "")
  const tracks = new Map() // "carrier/number" → Track JSON
  const registrations = []
  const rates = new Map() // rate object_id → rate
  const transactions = new Map()
  const refunds = new Map() // transaction id → refund
  const requests = []
  const failures = [] // { path, status, left }
  let labelsFail = false
  let base = ""

  const keyOf = (carrier, number) => `${String(carrier).toLowerCase()}/${number}`

  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers })
    res.end(body === undefined ? "" : JSON.stringify(body))
  }

  function getOrCreateTrack(carrier, number, metadata) {
    const key = keyOf(carrier, number)
    let track = tracks.get(key)
    if (!track) {
      track =
        carrier === "shippo" && TEST_STATUSES.some((s) => number === `SHIPPO_${s}`)
          ? testTrack(number, metadata)
          : trackObject(carrier, number, { metadata })
      tracks.set(key, track)
    } else if (metadata) {
      track.metadata = metadata
    }
    return track
  }

  function postTracks(res, body) {
    const carrier = typeof body.carrier === "string" ? body.carrier.trim().toLowerCase() : ""
    const number = typeof body.tracking_number === "string" ? body.tracking_number.trim() : ""
    const missing = { ...(carrier ? {} : { carrier: ["This field is required."] }) }
    if (!number) missing.tracking_number = ["This field is required."]
    if (Object.keys(missing).length) return send(res, 400, missing)
    const track = getOrCreateTrack(carrier, number, body.metadata ?? null)
    registrations.push({ carrier, tracking_number: number, metadata: body.metadata ?? null, at: iso() })
    return send(res, 201, track)
  }

  function postShipments(res, body) {
    const errors = {}
    for (const f of ["address_from", "address_to"]) if (!body[f]) errors[f] = ["This field is required."]
    if (!Array.isArray(body.parcels) || !body.parcels.length) errors.parcels = ["This field is required."]
    for (const p of body.parcels ?? []) {
      for (const f of ["length", "width", "height", "weight"]) {
        if (typeof p[f] !== "string" || !/^\d+(\.\d+)?$/.test(p[f]))
          errors[`parcels.${f}`] = ["A valid number is required."]
      }
      if (!KG[p.mass_unit]) errors["parcels.mass_unit"] = [`"${p.mass_unit}" is not a valid choice.`]
    }
    if (Object.keys(errors).length) return send(res, 400, errors)
    const kg = body.parcels.reduce((s, p) => s + Number(p.weight) * KG[p.mass_unit], 0)
    const id = hex()
    const now = iso()
    const list = SERVICES.map((s, i) => {
      const amount = cents(s.base + Math.ceil(kg) * s.perKg)
      const rate = {
        object_id: hex(),
        object_created: now,
        object_owner: "ordo@example.test",
        shipment: id,
        attributes: i === 1 ? ["CHEAPEST"] : i === 0 ? ["FASTEST", "BESTVALUE"] : [],
        amount,
        currency: "USD",
        amount_local: amount,
        currency_local: "USD",
        provider: s.provider,
        provider_image_75: `https://shippo-static.s3.amazonaws.com/providers/75/${s.provider}.png`,
        provider_image_200: `https://shippo-static.s3.amazonaws.com/providers/200/${s.provider}.png`,
        servicelevel: { name: s.name, token: s.token, terms: "" },
        estimated_days: s.days,
        arrives_by: null,
        duration_terms: `Delivery in ${s.days} business days.`,
        messages: [],
        carrier_account: `${s.carrier}_account_${i}`,
        test: true,
        zone: "1",
      }
      rates.set(rate.object_id, { ...rate, _carrier: s.carrier })
      return rate
    })
    return send(res, 201, {
      object_id: id,
      object_created: now,
      object_updated: now,
      object_owner: "ordo@example.test",
      status: "SUCCESS",
      address_from: body.address_from,
      address_to: body.address_to,
      address_return: body.address_from,
      parcels: body.parcels.map((p) => ({ object_id: hex(), object_state: "VALID", ...p })),
      shipment_date: now,
      extra: {},
      customs_declaration: null,
      carrier_accounts: [],
      metadata: body.metadata ?? "",
      messages: [],
      rates: list,
      test: true,
    })
  }

  function postTransactions(res, body) {
    const rateId = typeof body.rate === "string" ? body.rate : ""
    const now = iso()
    const id = hex()
    if (!rateId) return send(res, 400, { rate: ["This field is required."] })
    if (rateId === "rate_fail" || labelsFail) {
      const txn = {
        object_id: id,
        object_state: "VALID",
        object_created: now,
        object_updated: now,
        object_owner: "ordo@example.test",
        status: "ERROR",
        rate: rateId,
        tracking_number: "",
        tracking_status: "UNKNOWN",
        tracking_url_provider: "",
        label_url: "",
        commercial_invoice_url: null,
        metadata: body.metadata ?? "",
        messages: [
          {
            source: "USPS",
            code: "",
            text: "The address as submitted could not be found. Please check for excessive abbreviations in the street address line or in the City name.",
          },
        ],
        test: true,
      }
      transactions.set(id, txn)
      return send(res, 201, txn)
    }
    const rate = rates.get(rateId)
    if (!rate) return send(res, 400, { rate: [`Rate with object_id ${rateId} does not exist.`] })
    const number = trackingNumberFor(rate._carrier)
    const txn = {
      object_id: id,
      object_state: "VALID",
      object_created: now,
      object_updated: now,
      object_owner: "ordo@example.test",
      status: "SUCCESS",
      rate: rateId,
      parcel: hex(),
      label_file_type: body.label_file_type ?? "PDF",
      eta: iso(Date.now() + rate.estimated_days * 86_400_000),
      tracking_number: number,
      tracking_status: "UNKNOWN",
      tracking_url_provider: carrierTrackingUrl(rate._carrier, number),
      label_url: `${base}/labels/${id}.pdf`,
      commercial_invoice_url: null,
      qr_code_url: null,
      metadata: body.metadata ?? "",
      messages: [],
      test: true,
    }
    transactions.set(id, txn)
    // Shippo tracks labels bought through it by itself (and sends their webhooks).
    const track = getOrCreateTrack(rate._carrier, number, body.metadata ?? null)
    track.transaction = id
    track.eta = txn.eta
    track.tracking_status = trackingStatus("PRE_TRANSIT", "Shipping label created.", { at: now })
    track.tracking_history.push({ ...track.tracking_status })
    return send(res, 201, txn)
  }

  function postRefunds(res, body) {
    const txnId = typeof body.transaction === "string" ? body.transaction : ""
    if (!txnId) return send(res, 400, { transaction: ["This field is required."] })
    const txn = transactions.get(txnId)
    if (!txn || (txn.status !== "SUCCESS" && txn.status !== "REFUNDPENDING" && txn.status !== "REFUNDED"))
      return send(res, 400, { transaction: [`Transaction with object_id ${txnId} does not exist or has no label.`] })
    if (refunds.has(txnId)) return send(res, 400, { transaction: ["Refund for this transaction already exists."] })
    const now = iso()
    const refund = {
      object_id: hex(),
      object_created: now,
      object_updated: now,
      object_owner: "ordo@example.test",
      status: "SUCCESS",
      transaction: txnId,
      test: true,
    }
    refunds.set(txnId, refund)
    txn.status = "REFUNDED"
    return send(res, 201, refund)
  }

  const server = createServer((req, res) => {
    const chunks = []
    req.on("data", (c) => chunks.push(c))
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8")
      const u = new URL(req.url, "http://localhost")
      const label = /^\/labels\/([0-9a-f]+)\.pdf$/.exec(u.pathname)
      if (req.method === "GET" && label) {
        if (!transactions.has(label[1])) return send(res, 404, { detail: "Not found." })
        const pdf = tinyPdf(`Ordo test label ${transactions.get(label[1]).tracking_number}`)
        res.writeHead(200, { "content-type": "application/pdf", "content-length": pdf.length })
        return res.end(pdf)
      }
      let body = {}
      try {
        body = raw ? JSON.parse(raw) : {}
      } catch {
        return send(res, 400, { detail: "JSON parse error." })
      }
      const entry = {
        method: req.method,
        path: u.pathname,
        authorization: req.headers.authorization ?? null,
        apiVersion: req.headers["shippo-api-version"] ?? null,
        body: raw ? body : null,
        at: iso(),
      }
      requests.push(entry)
      if (logFile) appendFileSync(logFile, `${JSON.stringify(entry)}\n`)
      if (req.headers.authorization !== `ShippoToken ${token}`) {
        return send(res, 401, {
          detail: req.headers.authorization ? "Invalid token." : "Authentication credentials were not provided.",
        })
      }
      const forced = failures.find((f) => u.pathname.startsWith(f.path) && f.left > 0)
      if (forced) {
        forced.left--
        if (forced.left === 0) failures.splice(failures.indexOf(forced), 1)
        return send(
          res,
          forced.status,
          { detail: forced.status === 429 ? "Request was throttled." : "Internal server error." },
          forced.status === 429 ? { "retry-after": "0" } : {},
        )
      }
      const trackPath = /^\/tracks\/([^/]+)\/([^/]+)\/?$/.exec(u.pathname)
      const ratePath = u.pathname.match(/^\/rates\/([^/]+)\/?$/)
      if (req.method === "GET" && ratePath) {
        const rate = rates.get(decodeURIComponent(ratePath[1]))
        return rate ? send(res, 200, rate) : send(res, 404, { detail: "Not found." })
      }
      if (req.method === "GET" && trackPath) {
        const carrier = decodeURIComponent(trackPath[1]).toLowerCase()
        return send(res, 200, getOrCreateTrack(carrier, decodeURIComponent(trackPath[2])))
      }
      if (req.method === "POST") {
        const path = u.pathname.replace(/\/+$/, "")
        if (path === "/tracks") return postTracks(res, body)
        if (path === "/shipments") return postShipments(res, body)
        if (path === "/transactions") return postTransactions(res, body)
        if (path === "/refunds") return postRefunds(res, body)
      }
      return send(res, 404, { detail: "Not found." })
    })
  })
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve))
  const actual = server.address().port
  base = `http://127.0.0.1:${actual}`

  return {
    url: base,
    port: actual,
    token,
    /** Every API call: { method, path, authorization, apiVersion, body, at } (label downloads excluded). */
    requests,
    /** Replaces the Track Shippo answers for a number (raw JSON, any shape: the parser must cope). */
    setTrack(carrier, number, trackJson) {
      tracks.set(keyOf(carrier, number), trackJson)
      return trackJson
    },
    /** The stored Track JSON of a number, or undefined. */
    track(carrier, number) {
      return tracks.get(keyOf(carrier, number))
    },
    /** Appends a carrier scan (history + tracking_status) and returns the Track to send by webhook. */
    advance(carrier, number, status, details, opts = {}) {
      const track = getOrCreateTrack(String(carrier).toLowerCase(), number)
      const event = trackingStatus(status, details, opts)
      track.tracking_history = [...(track.tracking_history ?? []), event]
      track.tracking_status = { ...event }
      if (status === "DELIVERED") track.eta = event.status_date
      return track
    },
    /** POST /tracks registrations so far: [{ carrier, tracking_number, metadata, at }]. */
    registered() {
      return registrations.map((r) => ({ ...r }))
    },
    /** The next `times` calls whose path starts with `path` answer `status` (429 with Retry-After: 0). */
    failNext(path, status, times = 1) {
      failures.push({ path, status, left: times })
    },
    /** While on, every label purchase comes back status ERROR with Shippo's messages. */
    failLabels(on = true) {
      labelsFail = on
    },
    /** Bought labels (Transactions) and refunds, by id. */
    labels: () => [...transactions.values()],
    refunds: () => [...refunds.values()],
    reset() {
      tracks.clear()
      registrations.length = 0
      rates.clear()
      transactions.clear()
      refunds.clear()
      requests.length = 0
      failures.length = 0
      labelsFail = false
    },
    close: () =>
      new Promise((r) => {
        server.closeAllConnections?.()
        server.close(r)
      }),
  }
}
