import { describe, expect, it } from "vitest"
import en from "./json/en.json"
import zhCN from "./json/zh-CN.json"

/** Every key path, plural forms ("_one", "_other") read as one key: Chinese has only "_other". */
const keys = (o: Record<string, unknown>, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object"
      ? keys(v as Record<string, unknown>, `${prefix}${k}.`)
      : [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, "")}`],
  )

describe("admin translations", () => {
  it("English and Chinese have the same keys", () => {
    const a = [...new Set(keys(en))].sort()
    const b = [...new Set(keys(zhCN))].sort()
    expect(b).toEqual(a)
  })

  it("every {{value}} of an English string is in its Chinese one", () => {
    const flat = (o: Record<string, unknown>, prefix = ""): [string, string][] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === "object"
          ? flat(v as Record<string, unknown>, `${prefix}${k}.`)
          : [[`${prefix}${k}`, String(v)]],
      )
    const zh = new Map(flat(zhCN).map(([k, v]) => [k.replace(/_one$/, "_other"), v]))
    const missing = flat(en).flatMap(([k, v]) => {
      const z = zh.get(k.replace(/_one$/, "_other")) ?? ""
      return [...v.matchAll(/\{\{(\w+)\}\}/g)].filter((m) => !z.includes(m[0])).map((m) => `${k}: ${m[0]}`)
    })
    expect(missing).toEqual([])
  })
})
