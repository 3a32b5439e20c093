import { describe, expect, it } from "vitest"
import { likeEscape, SEARCH_RANK, searchRank, searchWords } from "./product-search"

const nut = {
  sku: "FST-HN-M12",
  name: "Hex nut DIN 934, zinc plated (box of 200)",
  sizes: ["M12"],
  name_zh: "六角螺母 DIN 934 镀锌（200只/盒）",
}
const bolt = {
  sku: "FST-HB-ZP-M12X40",
  name: "Hex bolt DIN 933, zinc plated (box of 100)",
  sizes: ["M12x40"],
  name_zh: "外六角螺栓",
}

describe("product search", () => {
  it("splits a search into lower-case words at spaces and punctuation, keeping SKU and size characters", () => {
    expect(searchWords("  M12  Nut ")).toEqual(["m12", "nut"])
    expect(searchWords("FST-HN-M12, m8x40")).toEqual(["fst-hn-m12", "m8x40"])
    expect(searchWords("螺母，M12")).toEqual(["螺母", "m12"])
    expect(searchWords("nut nut")).toEqual(["nut"])
    expect(searchWords("   ")).toEqual([])
  })

  it("escapes LIKE wildcards", () => {
    expect(likeEscape("50%_a\\b")).toBe("50\\%\\_a\\\\b")
  })

  it("finds by words in any order, by size and by the Chinese name", () => {
    for (const q of ["nut m12", "M12 nut", "hex nut", "螺母", "螺母 m12", "din 934 m12"]) {
      expect(searchRank(q, nut), q).not.toBeNull()
    }
    expect(searchRank("M12 nut", bolt)).toBeNull()
    expect(searchRank("螺母", bolt)).toBeNull()
  })

  it("ranks the exact SKU first, then a SKU prefix, then all words in the name, then matches across the SKU", () => {
    expect(searchRank("fst-hn-m12", nut)).toBe(SEARCH_RANK.exact_sku)
    expect(searchRank("FST-HN", nut)).toBe(SEARCH_RANK.sku_prefix)
    expect(searchRank("hex nut", nut)).toBe(SEARCH_RANK.name)
    expect(searchRank("hn nut", nut)).toBe(SEARCH_RANK.anywhere)
  })
})
