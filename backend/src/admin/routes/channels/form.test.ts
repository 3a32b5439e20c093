import { describe, expect, it } from "vitest"
import {
  type ConnectForm,
  connectBody,
  EMPTY_CONNECT_FORM,
  fieldErrors,
  missingFields,
  syncFrom,
  utcOffset,
} from "./form"

const shopify: ConnectForm = {
  ...EMPTY_CONNECT_FORM,
  name: " Acme US ",
  currency_code: "usd",
  stock_location_id: "sloc_1",
  safety_stock: "2",
  shop_domain: "Acme.myshopify.com",
  access_token: "shpat_1",
  webhook_secret: "whsec",
  // Amazon's fields typed before switching type are not sent.
  client_id: "left over",
}

describe("connect form", () => {
  it("sends only the chosen type's fields, trimmed, with the currency upper-cased", () => {
    expect(connectBody(shopify)).toEqual({
      type: "shopify",
      name: "Acme US",
      stock_location_id: "sloc_1",
      safety_stock: 2,
      config: { currency_code: "USD", shop_domain: "acme.myshopify.com" },
      credentials: { access_token: "shpat_1", webhook_secret: "whsec" },
    })
    const amazon = connectBody({
      ...EMPTY_CONNECT_FORM,
      type: "amazon",
      name: "Amazon US",
      currency_code: "USD",
      stock_location_id: "sloc_1",
      client_id: "id",
      client_secret: "secret",
      refresh_token: "Atzr|1",
      marketplace_ids: "ATVPDKIKX0DER, A2EUQ1WTGCTBG2",
      api_base_url: "https://sellingpartnerapi-na.amazon.com",
      shop_domain: "ignored.myshopify.com",
    })
    expect(amazon).toEqual({
      type: "amazon",
      name: "Amazon US",
      stock_location_id: "sloc_1",
      config: {
        currency_code: "USD",
        api_base_url: "https://sellingpartnerapi-na.amazon.com",
        marketplace_ids: ["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"],
      },
      credentials: { client_id: "id", client_secret: "secret", refresh_token: "Atzr|1" },
    })
  })

  it("sends the stock-push and back-fill settings of Shopify and Amazon, and a file source's time zone", () => {
    expect(connectBody({ ...shopify, location_id: " 655441491 ", sync_from: "2026-01-15" }).config).toEqual({
      currency_code: "USD",
      shop_domain: "acme.myshopify.com",
      location_id: "655441491",
      sync_from: "2026-01-15T00:00:00Z",
    })
    const amazon = connectBody({
      ...EMPTY_CONNECT_FORM,
      type: "amazon",
      name: "Amazon US",
      currency_code: "usd",
      stock_location_id: "sloc_1",
      client_id: "id",
      client_secret: "secret",
      refresh_token: "Atzr|1",
      marketplace_ids: "ATVPDKIKX0DER",
      seller_id: " A1SELLER ",
      token_url: "https://api.amazon.com/auth/o2/token",
      // Shopify's location typed before switching type is not sent.
      location_id: "1",
    })
    expect(amazon.config).toEqual({
      currency_code: "USD",
      marketplace_ids: ["ATVPDKIKX0DER"],
      seller_id: "A1SELLER",
      token_url: "https://api.amazon.com/auth/o2/token",
    })
    // A file: no credentials, no safety stock, only the offset of its dates.
    expect(
      connectBody({
        ...shopify,
        type: "file",
        name: "Distributor sheet",
        utc_offset: "+8",
        sync_from: "2026-01-01",
      }),
    ).toEqual({
      type: "file",
      name: "Distributor sheet",
      stock_location_id: "sloc_1",
      config: { currency_code: "USD", utc_offset: "+08:00" },
    })
    expect(missingFields({ ...EMPTY_CONNECT_FORM, type: "file" })).toEqual([
      "name",
      "currency_code",
      "stock_location_id",
    ])
  })

  it("writes a back-fill day and a UTC offset the way the API reads them, and leaves the rest to it", () => {
    expect(syncFrom("")).toBeUndefined()
    expect(syncFrom("2026-02-01")).toBe("2026-02-01T00:00:00Z")
    expect(syncFrom("2026-02-01T08:00:00+08:00")).toBe("2026-02-01T08:00:00+08:00")
    expect(utcOffset(" ")).toBeUndefined()
    expect(utcOffset("+08:00")).toBe("+08:00")
    expect(utcOffset("8")).toBe("+08:00")
    expect(utcOffset("-0530")).toBe("-05:30")
    expect(utcOffset("Beijing")).toBe("Beijing")
  })

  it("names the empty fields each type needs before sending anything", () => {
    expect(missingFields(shopify)).toEqual([])
    expect(missingFields({ ...shopify, webhook_secret: " ", stock_location_id: "" })).toEqual([
      "stock_location_id",
      "webhook_secret",
    ])
    expect(missingFields({ ...EMPTY_CONNECT_FORM, type: "amazon" })).toEqual([
      "name",
      "currency_code",
      "stock_location_id",
      "client_id",
      "client_secret",
      "refresh_token",
      "marketplace_ids",
    ])
  })

  it("reads a 400 back onto the fields it names, whichever way Medusa words it", () => {
    expect(fieldErrors("Invalid request: config.shop_domain: the store's myshopify.com domain")).toEqual({
      fields: ["shop_domain"],
      other: [],
    })
    expect(
      fieldErrors(
        "Invalid request: Value for field 'name' too small, expected at least: '1'; Field 'stock_location_id' is required; config.currency_code: a three-letter currency code, e.g. CNY",
      ),
    ).toEqual({ fields: ["name", "stock_location_id", "currency_code"], other: [] })
    expect(fieldErrors("Invalid request: Value for field 'credentials, access_token' too small")).toEqual({
      fields: ["access_token"],
      other: [],
    })
    expect(fieldErrors("Invalid request: config.marketplace_ids: at least one").fields).toEqual(["marketplace_ids"])
    expect(fieldErrors("Invalid request: Expected type: 'number' for field 'safety_stock', got: 'x'").fields).toEqual([
      "safety_stock",
    ])
    expect(
      fieldErrors(
        "Invalid request: config.seller_id: too small; config.location_id: the Shopify location's numeric id; config.token_url: a URL",
      ).fields,
    ).toEqual(["seller_id", "location_id", "token_url"])
    expect(
      fieldErrors(
        "Invalid request: config.sync_from: a date and time, e.g. 2026-01-01T00:00:00Z; config.utc_offset: an offset such as +08:00",
      ).fields,
    ).toEqual(["sync_from", "utc_offset"])
    expect(fieldErrors("Invalid request: Value for field 'config, seller_id' too small").fields).toEqual(["seller_id"])
    expect(fieldErrors("Invalid request: Unrecognized fields: 'colour'")).toEqual({
      fields: [],
      other: ["Unrecognized fields: 'colour'"],
    })
  })
})
