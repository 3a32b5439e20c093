/** The stock screen's state: which tab, the searches, the three forms and the last message. Pure. */
import { englishT, type Translate } from "../order-entry/derive"

export type StockMessage = { text: string; error?: boolean } | null
export type AdjustForm = { sku: string; location_id: string; quantity: string; reason: string }
export type TransferForm = {
  sku: string
  from_location_id: string
  to_location_id: string
  quantity: string
  reason: string
}
export type ReceiptForm = {
  supplier: string
  received_at: string
  reference: string
  currency_code: string
  location_id: string
  lines: string
}

export type StockState = {
  tab: string
  /** The levels search as typed. */
  q: string
  /** The movement log's SKU box, and the SKU the log shows ("" for all). */
  movementSku: string
  movementFilter: string
  /** The cost layers' SKU box, and the SKU the layers show (null: none asked yet). */
  layerSku: string
  layerFilter: string | null
  adjust: AdjustForm
  transfer: TransferForm
  receipt: ReceiptForm
  receiptErrors: string[]
  message: StockMessage
}

export type StockAction =
  | { type: "tab"; tab: string }
  | { type: "search"; q: string }
  | { type: "movementSku"; sku: string }
  | { type: "showMovements" }
  | { type: "layerSku"; sku: string }
  | { type: "showLayers" }
  /** A SKU clicked in a levels table: its layers and movements, on the layers tab. */
  | { type: "showSku"; sku: string }
  | { type: "adjust"; patch: Partial<AdjustForm> }
  | { type: "transfer"; patch: Partial<TransferForm> }
  | { type: "receipt"; patch: Partial<ReceiptForm> }
  | { type: "receiptErrors"; errors: string[] }
  | { type: "message"; message: StockMessage }
  /** Booked: the quantity and reason (adjust, transfer) or the reference and lines (receipt) are cleared for the next one. */
  | { type: "adjusted" }
  | { type: "transferred" }
  | { type: "receiptBooked" }

export const initialStockState = (today: string): StockState => ({
  tab: "levels",
  q: "",
  movementSku: "",
  movementFilter: "",
  layerSku: "",
  layerFilter: null,
  adjust: { sku: "", location_id: "", quantity: "", reason: "" },
  transfer: { sku: "", from_location_id: "", to_location_id: "", quantity: "", reason: "" },
  receipt: { supplier: "", received_at: today, reference: "", currency_code: "", location_id: "", lines: "" },
  receiptErrors: [],
  message: null,
})

export function stockReducer(state: StockState, action: StockAction): StockState {
  switch (action.type) {
    case "tab":
      return { ...state, tab: action.tab }
    case "search":
      return { ...state, q: action.q }
    case "movementSku":
      return { ...state, movementSku: action.sku }
    case "showMovements":
      return { ...state, movementFilter: state.movementSku.trim() }
    case "layerSku":
      return { ...state, layerSku: action.sku }
    case "showLayers":
      return { ...state, layerFilter: state.layerSku.trim() || null }
    case "showSku":
      return {
        ...state,
        layerSku: action.sku,
        layerFilter: action.sku,
        movementSku: action.sku,
        movementFilter: action.sku,
        tab: "layers",
      }
    case "adjust":
      return { ...state, adjust: { ...state.adjust, ...action.patch } }
    case "transfer":
      return { ...state, transfer: { ...state.transfer, ...action.patch } }
    case "receipt":
      return { ...state, receipt: { ...state.receipt, ...action.patch } }
    case "receiptErrors":
      return { ...state, receiptErrors: action.errors }
    case "message":
      return { ...state, message: action.message }
    case "adjusted":
      return { ...state, adjust: { ...state.adjust, quantity: "", reason: "" } }
    case "transferred":
      return { ...state, transfer: { ...state.transfer, quantity: "", reason: "" } }
    case "receiptBooked":
      return { ...state, receipt: { ...state.receipt, reference: "", lines: "" } }
  }
}

/** A threshold typed in a levels table: a whole number of 0 or more, or null (empty removes it); undefined when invalid. */
export function parseThreshold(v: string): number | null | undefined {
  const threshold = v.trim() === "" ? null : Number(v)
  return threshold !== null && (!Number.isInteger(threshold) || threshold < 0) ? undefined : threshold
}

/** The adjustment to send, or the problem with the form. */
export function readAdjustment(
  f: AdjustForm,
  t: Translate = englishT,
): { problem: string } | { body: { sku: string; location_id: string; quantity: number; reason: string } } {
  const quantity = Number(f.quantity)
  if (!f.sku.trim() || !f.location_id || !Number.isInteger(quantity) || quantity === 0 || !f.reason.trim()) {
    return { problem: t("ordo.stock.adjustProblem") }
  }
  return { body: { sku: f.sku.trim(), location_id: f.location_id, quantity, reason: f.reason.trim() } }
}

/** The transfer to send, or the problem with the form. */
export function readTransfer(
  f: TransferForm,
  t: Translate = englishT,
):
  | { problem: string }
  | {
      body: { sku: string; from_location_id: string; to_location_id: string; quantity: number; reason: string }
    } {
  const quantity = Number(f.quantity)
  if (
    !f.sku.trim() ||
    !f.from_location_id ||
    !f.to_location_id ||
    !Number.isInteger(quantity) ||
    quantity < 1 ||
    !f.reason.trim()
  ) {
    return { problem: t("ordo.stock.transferProblem") }
  }
  if (f.from_location_id === f.to_location_id) return { problem: t("ordo.stock.twoLocations") }
  return {
    body: {
      sku: f.sku.trim(),
      from_location_id: f.from_location_id,
      to_location_id: f.to_location_id,
      quantity,
      reason: f.reason.trim(),
    },
  }
}

/**
 * What is wrong with a receipt, form fields first, then the lines' problems (as the parser
 * words them); empty when it can be booked. `lines` is how many lines were read.
 */
export function receiptProblems(
  f: ReceiptForm,
  read: { lines: number; problems: string[] },
  t: Translate = englishT,
): string[] {
  const problems = [...read.problems]
  if (!f.supplier.trim()) problems.unshift(t("ordo.stock.supplierRequired"))
  if (!f.location_id) problems.unshift(t("ordo.stock.chooseLocation"))
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.received_at)) problems.unshift(t("ordo.stock.dateFormat"))
  if (!read.lines && !read.problems.length) problems.push(t("ordo.stock.oneLine"))
  return problems
}
