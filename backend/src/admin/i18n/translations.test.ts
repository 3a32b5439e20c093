import { describe, expect, it } from "vitest"
import { english as en, chinese as zhCN } from "./index"

const PLURAL = /_(zero|one|two|few|many|other)$/

/** Every key path, plural forms ("_one", "_other") read as one key. */
const keys = (o: Record<string, unknown>, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object"
      ? keys(v as Record<string, unknown>, `${prefix}${k}.`)
      : [`${prefix}${k.replace(PLURAL, "")}`],
  )

const flat = (o: Record<string, unknown>, prefix = ""): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? flat(v as Record<string, unknown>, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]],
  )

describe("admin translations", () => {
  it("English and Chinese have the same keys", () => {
    const a = [...new Set(keys(en))].sort()
    const b = [...new Set(keys(zhCN))].sort()
    expect(b).toEqual(a)
  })

  it("Chinese keys carry no plural suffix: the dashboard's language code 'zhCN' has no plural rule, so i18next looks up the plain key", () => {
    expect(() => new Intl.PluralRules("zhCN")).toThrow()
    expect(flat(zhCN).filter(([k]) => PLURAL.test(k))).toEqual([])
  })

  it("every {{value}} of an English string is in its Chinese one", () => {
    const zh = new Map(flat(zhCN))
    const missing = flat(en).flatMap(([k, v]) => {
      const z = zh.get(k.replace(PLURAL, "")) ?? ""
      return [...v.matchAll(/\{\{(\w+)\}\}/g)].filter((m) => !z.includes(m[0])).map((m) => `${k}: ${m[0]}`)
    })
    expect(missing).toEqual([])
  })
})

describe("mergeTranslations", () => {
  it("joins areas and refuses a key defined twice", async () => {
    const { mergeTranslations } = await import("./merge")
    expect(mergeTranslations({ a: { b: "1" } }, { a: { c: "2" } })).toEqual({ a: { b: "1", c: "2" } })
    expect(() => mergeTranslations({ a: { b: "1" } }, { a: { b: "2" } })).toThrow(/a\.b is defined twice/)
  })
})
