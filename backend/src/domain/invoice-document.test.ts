import { describe, expect, it } from "vitest"
import { addressLines, pricesIncludeTax, SELLER_METADATA_KEYS, sellerFromMetadata } from "./invoice-document"

describe("sellerFromMetadata", () => {
  const fallback = { name: "Default Co.", address: "1 Default Road" }
  it("reads every seller field from the store's metadata, trimmed", () => {
    const s = sellerFromMetadata(
      {
        [SELLER_METADATA_KEYS.name]: " Ordo Ltd. ",
        [SELLER_METADATA_KEYS.address]: "88 Century Ave",
        [SELLER_METADATA_KEYS.tax_id]: "91310000MA1FL0000X",
        [SELLER_METADATA_KEYS.bank_name]: "ICBC Shanghai",
        [SELLER_METADATA_KEYS.bank_account]: "1001 2345 6789",
      },
      fallback,
    )
    expect(s).toEqual({
      name: "Ordo Ltd.",
      address: "88 Century Ave",
      tax_id: "91310000MA1FL0000X",
      contact: null,
      bank_name: "ICBC Shanghai",
      bank_account: "1001 2345 6789",
    })
  })
  it("falls back to the letterhead for name and address, and prints no bank details it does not have", () => {
    const s = sellerFromMetadata({ [SELLER_METADATA_KEYS.tax_id]: "  ", other: "x" }, fallback)
    expect(s).toMatchObject({ name: "Default Co.", address: "1 Default Road", tax_id: null, bank_account: null })
  })
})

describe("addressLines", () => {
  it("prints who, street, city with postcode and country, leaving out what is empty", () => {
    expect(
      addressLines({
        first_name: "Li",
        last_name: "Wei",
        company: "Acme",
        address_1: "1 Test Road",
        address_2: null,
        city: "Shanghai",
        postal_code: "200000",
        country_code: "cn",
      }),
    ).toEqual(["Li Wei, Acme", "1 Test Road", "200000 Shanghai", "CN"])
    expect(addressLines(null)).toEqual([])
  })
})

describe("pricesIncludeTax", () => {
  it("is true when each line total is exactly unit price × quantity with tax inside", () => {
    expect(
      pricesIncludeTax({
        tax_total: "180.55",
        lines: [{ unit_price: "19.60", quantity: 80, total: "1568.00" }],
      }),
    ).toBe(true)
  })
  it("is false when tax is added on top, or there is no tax", () => {
    expect(
      pricesIncludeTax({ tax_total: "13.00", lines: [{ unit_price: "10.00", quantity: 10, total: "113.00" }] }),
    ).toBe(false)
    expect(pricesIncludeTax({ tax_total: "0", lines: [{ unit_price: "10.00", quantity: 10, total: "100.00" }] })).toBe(
      false,
    )
  })
})
