import { describe, expect, it } from "vitest"
import { mergeTrack, type ScanIn, timeline } from "./tracking"

const scan = (key: string, status: ScanIn["status"], at: string, details = status): ScanIn => ({
  dedupe_key: key,
  status,
  occurred_at: at,
  details,
})

describe("mergeTrack", () => {
  const start = { status: "UNKNOWN" as const, status_at: null }

  it("records new scans once and takes the newest status", () => {
    const m = mergeTrack(start, new Set(), {
      status: "TRANSIT",
      events: [scan("a", "PRE_TRANSIT", "2026-12-01T08:00:00Z"), scan("b", "TRANSIT", "2026-12-01T10:00:00Z")],
    })
    expect(m.events.map((e) => e.dedupe_key)).toEqual(["a", "b"])
    expect(m.update.status).toBe("TRANSIT")
    expect(m.update.status_at?.toISOString()).toBe("2026-12-01T10:00:00.000Z")
    expect(m.changed_from).toBe("UNKNOWN")
  })

  it("a duplicated delivery changes nothing", () => {
    const now = { status: "TRANSIT" as const, status_at: "2026-12-01T10:00:00Z" }
    const m = mergeTrack(now, new Set(["a", "b"]), {
      status: "TRANSIT",
      events: [scan("a", "PRE_TRANSIT", "2026-12-01T08:00:00Z"), scan("b", "TRANSIT", "2026-12-01T10:00:00Z")],
    })
    expect(m.events).toEqual([])
    expect(m.update).toEqual({})
    expect(m.changed_from).toBeNull()
  })

  it("a late, older scan joins the history but never moves the status backwards", () => {
    const now = { status: "DELIVERED" as const, status_at: "2026-12-02T09:00:00Z" }
    const m = mergeTrack(now, new Set(["c"]), {
      status: "TRANSIT",
      events: [scan("b", "TRANSIT", "2026-12-01T10:00:00Z")],
    })
    expect(m.events.map((e) => e.dedupe_key)).toEqual(["b"])
    expect(m.update.status).toBeUndefined()
    expect(m.changed_from).toBeNull()
  })

  it("a delivered parcel stays delivered even if a later scan says in transit", () => {
    const now = { status: "DELIVERED" as const, status_at: "2026-12-02T09:00:00Z" }
    const m = mergeTrack(now, new Set(), { status: "TRANSIT", events: [scan("x", "TRANSIT", "2026-12-03T09:00:00Z")] })
    expect(m.update.status).toBeUndefined()
  })

  it("UNKNOWN never overrides news; a failure after transit is news", () => {
    const now = { status: "TRANSIT" as const, status_at: "2026-12-01T10:00:00Z" }
    expect(
      mergeTrack(now, new Set(), { status: "UNKNOWN", events: [scan("u", "UNKNOWN", "2026-12-02T00:00:00Z")] }).update
        .status,
    ).toBeUndefined()
    const f = mergeTrack(now, new Set(), {
      status: "FAILURE",
      events: [scan("f", "FAILURE", "2026-12-02T00:00:00Z", "Address not found")],
    })
    expect(f.update).toMatchObject({ status: "FAILURE", status_details: "Address not found" })
    expect(f.changed_from).toBe("TRANSIT")
  })

  it("delivery sets delivered_at; an ETA is kept; a scan without a readable time is dropped", () => {
    const m = mergeTrack(start, new Set(), {
      status: "DELIVERED",
      eta: "2026-12-03T00:00:00Z",
      events: [scan("d", "DELIVERED", "2026-12-02T15:00:00Z"), scan("bad", "TRANSIT", "not a date")],
    })
    expect(m.update.delivered_at?.toISOString()).toBe("2026-12-02T15:00:00.000Z")
    expect(m.update.eta?.toISOString()).toBe("2026-12-03T00:00:00.000Z")
    expect(m.events.map((e) => e.dedupe_key)).toEqual(["d"])
  })

  it("timeline is newest first", () => {
    expect(timeline([{ occurred_at: "2026-01-01" }, { occurred_at: "2026-03-01" }]).map((e) => e.occurred_at)).toEqual([
      "2026-03-01",
      "2026-01-01",
    ])
  })
})
