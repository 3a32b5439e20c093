import { describe, expect, it } from "vitest"
import { RECEIPT_FORMAT } from "../../../domain/order-lines"
import { readLines } from "../../lib/lines"
import {
  initialStockState,
  parseThreshold,
  readAdjustment,
  readTransfer,
  receiptProblems,
  type StockAction,
  type StockState,
  stockReducer,
} from "./state"

const t = (key: string, o?: Record<string, unknown>) => `${key} ${JSON.stringify(o)}`
const run = (...actions: StockAction[]) =>
  actions.reduce<StockState>((s, a) => stockReducer(s, a), initialStockState("2030-01-02"))

describe("stock screen state", () => {
  it("starts on the levels tab with today's date on the receipt and nothing asked yet", () => {
    const s = initialStockState("2030-01-02")
    expect(s.tab).toBe("levels")
    expect(s.receipt.received_at).toBe("2030-01-02")
    expect(s.layerFilter).toBeNull()
    expect(s.movementFilter).toBe("")
  })

  it("shows movements and layers for the SKU in the box only when asked", () => {
    const typed = run({ type: "movementSku", sku: " AB-1 " }, { type: "layerSku", sku: "  " })
    expect(typed.movementFilter).toBe("")
    const shown = stockReducer(stockReducer(typed, { type: "showMovements" }), { type: "showLayers" })
    expect(shown.movementFilter).toBe("AB-1")
    expect(shown.layerFilter).toBeNull()
  })

  it("a SKU clicked in a levels table opens its layers and movements", () => {
    const s = run({ type: "showSku", sku: "AB-1" })
    expect(s).toMatchObject({ tab: "layers", layerSku: "AB-1", layerFilter: "AB-1", movementFilter: "AB-1" })
  })

  it("clears quantity and reason after an adjustment or transfer, reference and lines after a receipt", () => {
    const s = run(
      { type: "adjust", patch: { sku: "AB-1", location_id: "loc", quantity: "5", reason: "count" } },
      { type: "transfer", patch: { sku: "AB-1", quantity: "2", reason: "move" } },
      { type: "receipt", patch: { supplier: "ACME", reference: "DN-1", lines: "AB-1 2 1.00" } },
      { type: "adjusted" },
      { type: "transferred" },
      { type: "receiptBooked" },
    )
    expect(s.adjust).toEqual({ sku: "AB-1", location_id: "loc", quantity: "", reason: "" })
    expect(s.transfer).toMatchObject({ sku: "AB-1", quantity: "", reason: "" })
    expect(s.receipt).toMatchObject({ supplier: "ACME", reference: "", lines: "" })
  })

  it("reads thresholds: empty removes, whole numbers of 0 or more, anything else is invalid", () => {
    expect(parseThreshold(" ")).toBeNull()
    expect(parseThreshold("0")).toBe(0)
    expect(parseThreshold("12")).toBe(12)
    expect(parseThreshold("-1")).toBeUndefined()
    expect(parseThreshold("1.5")).toBeUndefined()
  })

  it("checks adjustments and transfers before sending", () => {
    expect(readAdjustment({ sku: "AB-1", location_id: "loc", quantity: "0", reason: "x" })).toHaveProperty("problem")
    expect(readAdjustment({ sku: " AB-1 ", location_id: "loc", quantity: "-3", reason: " damaged " })).toEqual({
      body: { sku: "AB-1", location_id: "loc", quantity: -3, reason: "damaged" },
    })
    const transfer = { sku: "AB-1", from_location_id: "a", to_location_id: "a", quantity: "2", reason: "x" }
    expect(readTransfer(transfer)).toEqual({ problem: "Choose two different locations." })
    expect(readTransfer({ ...transfer, quantity: "-2" })).toHaveProperty("problem")
    expect(readTransfer({ ...transfer, to_location_id: "b" })).toHaveProperty("body.quantity", 2)
  })

  it("lists a receipt's form problems first, then each bad line as the backend's parser words it", () => {
    const form = initialStockState("2030-01-02").receipt
    const read = readLines("AB-1 5 0.42\nCD-2 x 1\nEF-3 4", RECEIPT_FORMAT, t)
    expect(read.lines).toEqual([{ line: 1, raw: "AB-1 5 0.42", sku: "AB-1", quantity: 5, amount: "0.42" }])
    const problems = receiptProblems(form, { lines: read.lines.length, problems: read.problems })
    expect(problems.slice(0, 2)).toEqual(["Choose the receiving location.", "Supplier is required."])
    expect(problems.slice(2).map((p) => JSON.parse(p.slice(p.indexOf(" ") + 1)).line)).toEqual([2, 3])
    expect(problems[2]).toMatch(/^ordo\.lines\.error /)
    expect(
      receiptProblems(
        { ...form, received_at: "2.1.2030", supplier: "S", location_id: "l" },
        { lines: 0, problems: [] },
      ),
    ).toEqual(["Received date is YYYY-MM-DD.", "Enter at least one line: SKU qty unit_cost."])
  })

  it("refuses a paste bigger than a receipt reads at once, as one problem", () => {
    const text = Array.from({ length: RECEIPT_FORMAT.max_lines + 2 }, (_, i) => `SKU-${i} 1 1.00`).join("\n")
    const read = readLines(text, RECEIPT_FORMAT, t)
    expect(read.lines).toEqual([])
    expect(read.problems).toEqual([`ordo.lines.tooMany ${JSON.stringify({ count: 1002, max: 1000 })}`])
  })
})
