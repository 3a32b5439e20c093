import { describe, expect, it } from "vitest"
import { type ConnectForm, connectBody, EMPTY_CONNECT_FORM, fieldErrors, missingFields } from "./form"

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
    expect(fieldErrors("Invalid request: Unrecognized fields: 'colour'")).toEqual({
      fields: [],
      other: ["Unrecognized fields: 'colour'"],
    })
  })
})
