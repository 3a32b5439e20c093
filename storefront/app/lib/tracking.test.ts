import { describe, expect, it } from "vitest"
import { en } from "../i18n/en"
import { zhCN } from "../i18n/zh-CN"
import {
  fieldErrorsFromBackend,
  formatLocation,
  formatWhen,
  knownStatus,
  newestFirst,
  parseTrackParams,
  safeHttpUrl,
  toPublicResult,
} from "./tracking"
import { PAYMENT_STATES, type PublicShipment, SHIPPING_STATES, TRACKING_STATUSES } from "./types"

const params = (query: string) => new URLSearchParams(query)

describe("parseTrackParams: what /track asks the backend", () => {
  it("asks nothing on a bare visit", () => {
    expect(parseTrackParams(params("")).kind).toBe("none")
  })

  it("order number + postal code", () => {
    expect(parseTrackParams(params("order=1001&code=200120"))).toMatchObject({
      kind: "lookup",
      by: "order",
      query: { order: "1001", postal_code: "200120" },
    })
  })

  it("order number + e-mail in the same field; a leading # and spaces are fine", () => {
    expect(parseTrackParams(params("order=%23+1001+&code=+Buyer%40acme.test+"))).toMatchObject({
      kind: "lookup",
      query: { order: "1001", email: "Buyer@acme.test" },
    })
  })

  it("a postal code with letters and a space (UK, Canada)", () => {
    expect(parseTrackParams(params("order=7&code=SW1A+1AA"))).toMatchObject({
      query: { order: "7", postal_code: "SW1A 1AA" },
    })
  })

  it("tracking number, with the spaces carriers print removed", () => {
    expect(parseTrackParams(params("number=+1Z+999+AA1+"))).toMatchObject({
      kind: "lookup",
      by: "number",
      query: { tracking_number: "1Z999AA1" },
    })
  })

  it("a URL with both kinds is a tracking-number lookup", () => {
    expect(parseTrackParams(params("order=1001&code=200120&number=SF123"))).toMatchObject({
      query: { tracking_number: "SF123" },
    })
  })

  it("names each wrong field and sends nothing", () => {
    expect(parseTrackParams(params("order=&code="))).toEqual({
      kind: "invalid",
      by: "order",
      values: { order: "", code: "", number: "" },
      fieldErrors: { order: ["errors.trackOrderRequired"], code: ["errors.trackCodeRequired"] },
    })
    expect(parseTrackParams(params("order=A-1001&code=x%40y"))).toMatchObject({
      kind: "invalid",
      fieldErrors: { order: ["errors.trackOrderInvalid"], code: ["errors.trackEmailInvalid"] },
    })
    expect(parseTrackParams(params("order=1001&code=%3Cscript%3E"))).toMatchObject({
      kind: "invalid",
      fieldErrors: { code: ["errors.trackPostalInvalid"] },
    })
    expect(parseTrackParams(params("order=1001"))).toMatchObject({
      kind: "invalid",
      fieldErrors: { code: ["errors.trackCodeRequired"] },
    })
    expect(parseTrackParams(params("number="))).toMatchObject({
      kind: "invalid",
      fieldErrors: { number: ["errors.trackNumberRequired"] },
    })
    expect(parseTrackParams(params(`number=${"9".repeat(65)}`))).toMatchObject({
      kind: "invalid",
      fieldErrors: { number: ["errors.trackNumberInvalid"] },
    })
    expect(parseTrackParams(params(`order=${"1".repeat(13)}&code=200120`))).toMatchObject({
      kind: "invalid",
      fieldErrors: { order: ["errors.trackOrderInvalid"] },
    })
  })

  it("keeps what was typed, to fill the form again", () => {
    expect(parseTrackParams(params("order=abc&code=1")).values).toEqual({ order: "abc", code: "1", number: "" })
  })
})

describe("fieldErrorsFromBackend: a 400 names our field", () => {
  it("maps the backend's parameter names to the page's fields", () => {
    expect(
      fieldErrorsFromBackend("Invalid request: Field 'postal_code' is invalid", { order: "1", postal_code: "x" }),
    ).toEqual({ code: ["errors.trackPostalInvalid"] })
    expect(
      fieldErrorsFromBackend("Invalid request: Field 'email' must be an email", { order: "1", email: "a@b" }),
    ).toEqual({ code: ["errors.trackEmailInvalid"] })
    expect(fieldErrorsFromBackend("Field 'order' expected number", { order: "1", email: "a@b.c" })).toEqual({
      order: ["errors.trackOrderInvalid"],
    })
    expect(fieldErrorsFromBackend("tracking_number: too long", { tracking_number: "x" })).toEqual({
      number: ["errors.trackNumberInvalid"],
    })
  })

  it("returns nothing when the message names no field of this lookup", () => {
    expect(fieldErrorsFromBackend("Invalid request", { tracking_number: "x" })).toBeUndefined()
    expect(fieldErrorsFromBackend("Field 'order' is required", { tracking_number: "x" })).toBeUndefined()
  })
})

describe("timeline helpers", () => {
  it("knows the six statuses and reads anything else as UNKNOWN", () => {
    expect(knownStatus("TRANSIT")).toBe("TRANSIT")
    expect(knownStatus("transit")).toBe("UNKNOWN")
    expect(knownStatus(undefined)).toBe("UNKNOWN")
  })

  it("formats a location string or Shippo's object", () => {
    expect(formatLocation(" Shenzhen ")).toBe("Shenzhen")
    expect(formatLocation({ city: "San Francisco", state: "CA", zip: "94103", country: "US" })).toBe(
      "San Francisco, CA, 94103, US",
    )
    expect(formatLocation({ city: "", state: null, country: "CN" })).toBe("CN")
    expect(formatLocation(null)).toBe("")
  })

  it("links only to http(s) pages", () => {
    expect(safeHttpUrl("https://tools.usps.com/go/TrackConfirmAction?tLabels=9205")).toMatch(/^https:\/\/tools/)
    expect(safeHttpUrl("javascript:alert(1)")).toBeUndefined()
    expect(safeHttpUrl("not a url")).toBeUndefined()
    expect(safeHttpUrl(null)).toBeUndefined()
  })

  it("sorts events newest first", () => {
    const e = (occurred_at: string) => ({ status: "TRANSIT" as const, details: null, location: null, occurred_at })
    expect(
      newestFirst([e("2025-03-01T10:00:00Z"), e("2025-03-03T10:00:00Z"), e("2025-03-02T10:00:00Z")]).map(
        (x) => x.occurred_at,
      ),
    ).toEqual(["2025-03-03T10:00:00Z", "2025-03-02T10:00:00Z", "2025-03-01T10:00:00Z"])
    expect(newestFirst(undefined)).toEqual([])
  })

  it("formats dates in the reader's language; a date-only ETA stays on its day", () => {
    expect(formatWhen("en", "2025-03-14")).toBe("Mar 14, 2025")
    expect(formatWhen("zh-CN", "2025-03-14")).toBe("2025年3月14日")
    expect(formatWhen("en", "2025-03-14T08:30:00Z")).toMatch(/Mar 1[45], 2025/)
    expect(formatWhen("en", null)).toBe("")
    expect(formatWhen("en", "soon")).toBe("soon")
  })
})

describe("toPublicResult", () => {
  it("keeps only the public fields, whatever else the backend sends", () => {
    const leaky = {
      id: "ship_1",
      source: "shippo",
      label_url: "https://label.pdf",
      carrier: "sf_express",
      carrier_name: "SF Express",
      tracking_number: "SF123",
      tracking_url: null,
      status: "TRANSIT",
      status_details: null,
      status_at: null,
      eta: null,
      shipped_at: "2025-03-01T00:00:00Z",
      delivered_at: null,
      events: [{ status: "TRANSIT", details: "Left", location: "Shenzhen", occurred_at: "x", secret: 1 }],
    } as unknown as PublicShipment
    const out = toPublicResult({
      order: { display_id: 1001, shipping_state: "shipped", email: "a@b.c" } as never,
      shipments: [leaky],
    })
    expect(out.order).toEqual({ display_id: 1001, shipping_state: "shipped" })
    expect(Object.keys(out.shipments[0] ?? {})).not.toContain("label_url")
    expect(Object.keys(out.shipments[0] ?? {})).not.toContain("id")
    expect(Object.keys(out.shipments[0]?.events[0] ?? {})).not.toContain("secret")
    expect(toPublicResult(undefined)).toEqual({ order: null, shipments: [] })
  })
})

describe("state and status words in both languages", () => {
  it("has a word for every state and status, with the agreed Chinese", () => {
    const zh = zhCN as Record<string, string>
    const english = en as Record<string, string>
    for (const s of SHIPPING_STATES) expect(english[`shippingState.${s}`], s).toBeTruthy()
    for (const s of PAYMENT_STATES) expect(english[`paymentState.${s}`], s).toBeTruthy()
    for (const s of TRACKING_STATUSES) expect(english[`trackingStatus.${s}`], s).toBeTruthy()
    expect(SHIPPING_STATES.map((s) => zh[`shippingState.${s}`])).toEqual([
      "未发货",
      "部分发货",
      "已发货",
      "部分签收",
      "已签收",
    ])
    expect(PAYMENT_STATES.map((s) => zh[`paymentState.${s}`])).toEqual([
      "未开票",
      "未付款",
      "部分付款",
      "已付款",
      "已逾期",
    ])
    expect(TRACKING_STATUSES.map((s) => zh[`trackingStatus.${s}`])).toEqual([
      "待揽收",
      "运输中",
      "已签收",
      "已退回",
      "派送异常",
      "状态未知",
    ])
  })
})
