import { describe, expect, it } from "vitest"
import { en } from "./en"
import { createTranslator, dictionaries, langFromAcceptLanguage, localizedName, translate } from "./index"
import { zhCN } from "./zh-CN"

describe("dictionaries", () => {
  it("have exactly the same keys", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort())
  })

  it("have no empty translations", () => {
    for (const dict of Object.values(dictionaries)) {
      for (const [key, value] of Object.entries(dict)) {
        expect(value.trim(), key).not.toBe("")
      }
    }
  })

  it("keep the same placeholders in both languages", () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort()
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]))
    }
  })

  it("really translates the Chinese dictionary", () => {
    expect(zhCN["cart.title"]).not.toBe(en["cart.title"])
    expect(translate("zh-CN", "cart.title")).toBe("购物车")
  })
})

describe("translate", () => {
  it("interpolates variables", () => {
    expect(translate("en", "nav.cart", { count: 3 })).toBe("Cart (3)")
    expect(translate("zh-CN", "quickOrder.added", { count: 2 })).toBe("已将 2 行加入购物车。")
  })

  it("leaves unknown placeholders visible", () => {
    expect(translate("en", "nav.cart")).toBe("Cart ({count})")
  })

  it("falls back to English for an unknown language", () => {
    expect(translate("fr", "cart.title")).toBe("Cart")
  })

  it("falls back to the key itself for an unknown key", () => {
    expect(translate("zh-CN", "no.such.key")).toBe("no.such.key")
  })

  it("tr uses the provided fallback for data-driven keys", () => {
    const { tr } = createTranslator("zh-CN")
    expect(tr("orderStatus.pending", "pending")).toBe("待处理")
    expect(tr("orderStatus.on_hold", "on_hold")).toBe("on_hold")
    expect(tr("errors.quantity")).toBe("数量必须是不小于 1 的整数")
  })
})

describe("langFromAcceptLanguage", () => {
  it.each([
    [null, "en"],
    ["", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["en-US,en;q=0.9,zh;q=0.8", "en"],
    ["de-DE,zh;q=0.5", "zh-CN"],
    ["fr", "en"],
  ])("%j → %s", (header, expected) => {
    expect(langFromAcceptLanguage(header)).toBe(expected)
  })
})

describe("localizedName", () => {
  it("uses the Chinese catalogue name in zh-CN and the English one otherwise", () => {
    const product = { title: "Hex nut", metadata: { title_zh: "六角螺母" } }
    expect(localizedName("zh-CN", product)).toBe("六角螺母")
    expect(localizedName("en", product)).toBe("Hex nut")
    expect(localizedName("zh-CN", { name: "Safety", metadata: { name_zh: "安全防护" } })).toBe("安全防护")
    expect(localizedName("zh-CN", { title: "No translation" })).toBe("No translation")
  })
})
