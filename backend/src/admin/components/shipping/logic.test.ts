import { describe, expect, it } from "vitest"
import en from "../../i18n/json/en.json"
import zhCN from "../../i18n/json/zh-CN.json"
import {
  carrierKey,
  carrierLabel,
  DEFAULT_PARCEL,
  errorField,
  fullSelection,
  isChinese,
  newestFirst,
  parcelOf,
  selectedItems,
} from "./logic"

const unshipped = [
  { id: "li_a", title: "Bolt", sku: "A", quantity: 5 },
  { id: "li_b", title: "Nut", sku: "B", quantity: 2 },
]

describe("order shipping widget rules", () => {
  it("ships everything left by default; unticked items and lowered quantities are left out", () => {
    const all = fullSelection(unshipped)
    expect(selectedItems(unshipped, all)).toEqual({
      items: [
        { id: "li_a", quantity: 5 },
        { id: "li_b", quantity: 2 },
      ],
    })
    const some = { ...all, li_a: { checked: true, quantity: "3" }, li_b: { checked: false, quantity: "2" } }
    expect(selectedItems(unshipped, some)).toEqual({ items: [{ id: "li_a", quantity: 3 }] })
  })

  it("refuses no item, a quantity above what is left, zero, fractions and blanks", () => {
    const all = fullSelection(unshipped)
    const none = { li_a: { checked: false, quantity: "5" }, li_b: { checked: false, quantity: "2" } }
    expect(selectedItems(unshipped, none)).toEqual({ problem: { kind: "none" } })
    for (const q of ["6", "0", "1.5", "", "x"])
      expect(selectedItems(unshipped, { ...all, li_a: { checked: true, quantity: q } })).toEqual({
        problem: { kind: "quantity", id: "li_a", max: 5 },
      })
  })

  it("sends the default parcel (1 kg, 30 × 20 × 10 cm) and names the sizes that are not above 0", () => {
    expect(parcelOf(DEFAULT_PARCEL)).toEqual({ parcel: { weight_kg: 1, length_cm: 30, width_cm: 20, height_cm: 10 } })
    expect(parcelOf({ ...DEFAULT_PARCEL, weight_kg: "0,5" })).toEqual({
      parcel: { weight_kg: 0.5, length_cm: 30, width_cm: 20, height_cm: 10 },
    })
    expect(parcelOf({ ...DEFAULT_PARCEL, weight_kg: "0", height_cm: "" })).toEqual({
      invalid: ["weight_kg", "height_cm"],
    })
  })

  it("puts a server error on the field it names ({ field } or a 'field: …' message), else under the form", () => {
    const fields = ["items", "carrier", "tracking_number", "weight_kg"] as const
    expect(errorField({ field: "tracking_number", message: "Already used" }, fields)).toBe("tracking_number")
    expect(errorField({ field: "items.0.quantity", message: "Too many" }, fields)).toBe("items")
    expect(errorField({ field: "parcel.weight_kg", message: "Too heavy" }, fields)).toBe("weight_kg")
    expect(errorField({ message: "Invalid request: carrier: unknown carrier" }, fields)).toBe("carrier")
    expect(errorField({ message: "items[1].quantity: more than is left" }, fields)).toBe("items")
    expect(errorField({ message: "You need the shipping right" }, fields)).toBeUndefined()
    expect(errorField({ field: "rate_id", message: "Expired" }, fields)).toBeUndefined()
    expect(errorField(null, fields)).toBeUndefined()
  })

  it("names carriers in Chinese in the Chinese admin, by code or a usual spelling of it", () => {
    const t = (key: string, o: { defaultValue: string }) => {
      const path = key.split(".")
      let v: any = zhCN
      for (const p of path) v = v?.[p]
      return typeof v === "string" ? v : o.defaultValue
    }
    expect(carrierKey("SF-Express")).toBe("sf_express")
    expect(carrierKey("sf")).toBe("sf_express")
    expect(carrierLabel(t, true, "sf_express", "SF Express")).toBe("顺丰速运")
    expect(carrierLabel(t, true, "SF", "SF Express")).toBe("顺丰速运")
    expect(carrierLabel(t, false, "sf_express", "SF Express")).toBe("SF Express")
    expect(carrierLabel(t, true, "acme_post", "Acme Post")).toBe("Acme Post")
    expect(carrierLabel(t, true, "zto", "中通")).toBe("中通")
    expect(isChinese("zhCN")).toBe(true)
    expect(isChinese("en")).toBe(false)
    // Every carrier the admin knows has both names.
    expect(Object.keys(zhCN.ordo.shipping.carriers).sort()).toEqual(Object.keys(en.ordo.shipping.carriers).sort())
  })

  it("shows events newest first", () => {
    const e = (occurred_at: string, details: string) => ({
      status: "TRANSIT" as const,
      details,
      location: null,
      occurred_at,
    })
    expect(
      newestFirst([e("2026-03-01T10:00:00Z", "a"), e("2026-03-03T10:00:00Z", "c"), e("2026-03-02T10:00:00Z", "b")]).map(
        (x) => x.details,
      ),
    ).toEqual(["c", "b", "a"])
  })
})
