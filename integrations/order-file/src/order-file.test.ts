import { readFileSync } from "node:fs"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import {
  detectPreset,
  genericTemplateCsv,
  MAX_DATA_ROWS,
  OrderFileError,
  type OrderFileResult,
  PRESETS,
  readOrderFile,
  splitChineseAddress,
  statusOf,
} from "./index"
import { readDate, readMoney, readOrderId } from "./values"

const utf8 = (text: string) => new TextEncoder().encode(text)
const csv = (rows: string[]) => utf8(`${rows.join("\n")}\n`)
const read = (bytes: Uint8Array, filename = "orders.csv", extra: Partial<Parameters<typeof readOrderFile>[1]> = {}) =>
  readOrderFile(bytes, { filename, currency_code: "CNY", ...extra })
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)))

async function xlsx(rows: ExcelJS.CellValue[][], build?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet("订单")
  for (const r of rows) ws.addRow(r)
  build?.(ws)
  wb.addWorksheet("ignored").addRow(["not", "read"])
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

async function refusal(promise: Promise<unknown>): Promise<OrderFileError> {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err,
  )
  expect(e).toBeInstanceOf(OrderFileError)
  return e as OrderFileError
}

const messages = (r: OrderFileResult) => r.errors.map((e) => `${e.row} ${e.column} ${e.field}: ${e.message}`)

describe("generic template", () => {
  it("documents itself: its two example rows are one order with two lines", async () => {
    const template = genericTemplateCsv()
    expect(template.split("\r\n")[0]).toBe(
      "order_number,order_date,email,customer_name,company,sku,quantity,unit_price,currency,shipping,address1,address2,city,province,postal_code,country_code,phone,note",
    )
    const result = await read(utf8(template), "template.csv", { currency_code: "usd" })
    expect(result.preset).toBe("generic")
    expect(result.rows).toBe(2)
    expect(result.errors).toEqual([])
    const { raw, ...order } = result.orders[0]
    expect(order).toEqual({
      source: "file",
      external_id: "PO-1001",
      external_number: "PO-1001",
      status: "open",
      currency_code: "cny",
      placed_at: "2024-03-05T14:22:00.000Z",
      updated_at: "2024-03-05T14:22:00.000Z",
      buyer: { email: "buyer@example.com", name: "Li Wei", phone: "+86 21 5555 0100" },
      shipping_address: {
        first_name: "Li",
        last_name: "Wei",
        company: "Example Trading Co.",
        address_1: "88 Century Avenue",
        address_2: "Floor 5",
        city: "Shanghai",
        province: "Shanghai",
        postal_code: "200120",
        country_code: "cn",
        phone: "+86 21 5555 0100",
      },
      lines: [
        {
          external_line_id: "1",
          sku: "TEE-RED-M",
          title: "TEE-RED-M",
          quantity: 3,
          unit_price: "19.90",
          line_total: "59.70",
        },
        {
          external_line_id: "2",
          sku: "MUG-WHITE",
          title: "MUG-WHITE",
          quantity: 2,
          unit_price: "8.50",
          line_total: "17.00",
        },
      ],
      shipping_total: "12.00",
      tax_total: "0.00",
      total: "88.70",
    })
    expect(raw).toMatchObject({ preset: "generic", note: "Deliver before noon", rows: [{ row: 2 }, { row: 3 }] })
  })

  it("reads Chinese headers below title rows, with a UTF-8 BOM, full-width spaces and mixed case", async () => {
    const bytes = utf8(
      [
        "\ufeff客户订单导入,,,,,,",
        "导出时间 2024-03-05,,,,,,",
        ",,,,,,",
        "\u3000订单号\u3000,下单时间,客户,SKU,数量,单价,运费",
        "A-1,2024/3/5 14:22,王芳,sku-1,2,10.5,5",
        "A-1,2024/3/5 14:22,王芳,sku-2,1,3,",
        "A-2,2024-03-06T08:00:00+08:00,赵强,sku-1,4,10.50,0",
      ].join("\r\n"),
    )
    const result = await read(bytes)
    expect(result.preset).toBe("generic")
    expect(result.headers[0]).toBe("订单号")
    expect(result.rows).toBe(3)
    expect(result.errors).toEqual([])
    expect(result.orders.map((o) => [o.external_id, o.currency_code, o.placed_at, o.total])).toEqual([
      ["A-1", "cny", "2024-03-05T14:22:00.000Z", "29.00"],
      ["A-2", "cny", "2024-03-06T00:00:00.000Z", "42.00"],
    ])
    expect(result.orders[0].lines.map((l) => [l.sku, l.quantity, l.unit_price])).toEqual([
      ["sku-1", 2, "10.50"],
      ["sku-2", 1, "3.00"],
    ])
    expect(result.orders[0].buyer).toEqual({ name: "王芳" })
  })

  it("reads Excel's UTF-16 tab-separated text and counts rows as a spreadsheet shows them", async () => {
    const text =
      'order_number\torder_date\tsku\tquantity\tunit_price\r\n\r\nB-1\t2024-03-05\t"A\nB"\t1\t2\r\nB-2\t2024-03-05\t\t1\t2\r\n'
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))
    const result = await read(bytes, "orders.txt")
    expect(result.orders.map((o) => [o.external_id, o.lines[0].sku])).toEqual([["B-1", "A\nB"]])
    // Row 2 is blank; the multi-line cell keeps B-1 on row 3, so B-2 is row 4.
    expect(result.errors.map((e) => [e.row, e.field, e.code, e.value])).toEqual([[4, "sku", "required", undefined]])
  })

  it("reads Beijing time when told the store's offset", async () => {
    const bytes = csv(["order_number,order_date,sku,quantity,unit_price", "A,2024-03-05 08:00,S,1,1"])
    const result = await read(bytes, "a.csv", { utc_offset: "+08:00" })
    expect(result.orders[0].placed_at).toBe("2024-03-05T00:00:00.000Z")
  })
})

describe("Shopify orders export", () => {
  const header =
    "Name,Email,Financial Status,Fulfillment Status,Currency,Subtotal,Shipping,Taxes,Total,Discount Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Lineitem discount,Billing Name,Shipping Name,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Cancelled at,Id"

  it("groups line rows under the order, taking order-level values from the first row", async () => {
    const bytes = csv([
      header,
      `#1001,ada@example.com,paid,fulfilled,USD,47.00,6.00,3.29,56.29,0.00,2024-03-05 10:14:00 -0400,2,Fern Print,16.00,FERN-1,0.00,Ada Byron,Ada Byron,1 Fictional Lane,,,Testville,'02139,MA,US,'+16175550100,leave at door,,5512345678901`,
      "#1001,ada@example.com,,,,,,,,,2024-03-05 10:14:00 -0400,1,Oak Frame,15.00,OAK-1,0.00,,,,,,,,,,,,,",
      `#1002,bo@example.com,refunded,,USD,10.00,0.00,0.00,10.00,0.00,2024-03-06 09:00:00 +0000,1,Card,10.00,CARD-1,0.00,Bo Li,Bo Li,2 Road,,,Town,10001,NY,US,,,2024-03-06 12:00:00 +0000,5512345678902`,
    ])
    const result = await read(bytes, "orders_export.csv", { currency_code: "eur" })
    expect(result.preset).toBe("shopify")
    expect(result.errors).toEqual([])
    const [first, second] = result.orders
    expect(first).toMatchObject({
      external_id: "#1001",
      status: "shipped",
      currency_code: "usd",
      placed_at: "2024-03-05T14:14:00.000Z",
      buyer: { email: "ada@example.com", name: "Ada Byron", phone: "+16175550100" },
      shipping_address: {
        first_name: "Ada",
        last_name: "Byron",
        address_1: "1 Fictional Lane",
        city: "Testville",
        postal_code: "02139",
        province: "MA",
        country_code: "us",
      },
      shipping_total: "6.00",
      tax_total: "3.29",
      total: "56.29",
    })
    expect(first.lines).toEqual([
      {
        external_line_id: "1",
        sku: "FERN-1",
        title: "Fern Print",
        quantity: 2,
        unit_price: "16.00",
        line_total: "32.00",
      },
      {
        external_line_id: "2",
        sku: "OAK-1",
        title: "Oak Frame",
        quantity: 1,
        unit_price: "15.00",
        line_total: "15.00",
      },
    ])
    expect(second).toMatchObject({
      external_id: "#1002",
      status: "cancelled",
      cancelled_at: "2024-03-06T12:00:00.000Z",
    })
  })

  it("is detected from its English headers", () => {
    expect(detectPreset(header.split(","))).toBe("shopify")
  })
})

describe("Amazon order report", () => {
  const header = [
    "amazon-order-id",
    "order-item-id",
    "purchase-date",
    "last-updated-date",
    "order-status",
    "buyer-email",
    "buyer-name",
    "sku",
    "product-name",
    "quantity-purchased",
    "currency",
    "item-price",
    "item-tax",
    "shipping-price",
    "shipping-tax",
    "item-promotion-discount",
    "ship-promotion-discount",
    "recipient-name",
    "ship-address-1",
    "ship-address-2",
    "ship-address-3",
    "ship-city",
    "ship-state",
    "ship-postal-code",
    "ship-country",
    "ship-phone-number",
  ].join("\t")
  const row = (cells: (string | number)[]) => cells.join("\t")

  it("reads the tab-delimited report: item-price is for the whole quantity, divided exactly", async () => {
    const bytes = csv([
      header,
      row([
        "114-3941689-8772232",
        "55555555555551",
        "2024-03-05T14:22:01+00:00",
        "2024-03-05T15:00:00+00:00",
        "Unshipped",
        "x@marketplace.amazon.com",
        "Jane Doe",
        "MUG-1",
        "Mug",
        3,
        "USD",
        "59.97",
        "4.80",
        "5.99",
        "0.48",
        "-3.00",
        "-5.99",
        "Jane Doe",
        "1 Main St",
        "Apt 2",
        "Rear",
        "Seattle",
        "WA",
        "98101",
        "US",
        "206-555-0100",
      ]),
      row([
        "114-3941689-8772232",
        "55555555555552",
        "2024-03-05T14:22:01+00:00",
        "",
        "Unshipped",
        "",
        "",
        "TEE-1",
        "Tee",
        2,
        "USD",
        "17.95",
        "1.44",
        "0.00",
        "0.00",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
      ]),
      row([
        "114-0000000-0000001",
        "55555555555553",
        "2024-03-06T01:00:00+00:00",
        "",
        "Cancelled",
        "",
        "",
        "CAP-1",
        "Cap",
        0,
        "USD",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "Austin",
        "TX",
        "73301",
        "US",
        "",
      ]),
      // An item Amazon cancelled before shipping: quantity 0, no price; not a line.
      row([
        "114-3941689-8772232",
        "55555555555554",
        "2024-03-05T14:22:01+00:00",
        "",
        "Unshipped",
        "",
        "",
        "HAT-1",
        "Hat",
        0,
        "USD",
        "",
        ...Array(14).fill(""),
      ]),
    ])
    const result = await read(bytes, "order-report.txt")
    expect(result.preset).toBe("amazon")
    expect(result.errors).toEqual([])
    const [order, cancelled] = result.orders
    expect(order.lines).toEqual([
      {
        external_line_id: "55555555555551",
        sku: "MUG-1",
        title: "Mug",
        quantity: 3,
        unit_price: "19.99",
        line_total: "59.97",
        discount: "3.00",
      },
      {
        external_line_id: "55555555555552",
        sku: "TEE-1",
        title: "Tee",
        quantity: 2,
        unit_price: "8.98",
        line_total: "17.95",
      },
    ])
    expect(order).toMatchObject({
      status: "open",
      currency_code: "usd",
      placed_at: "2024-03-05T14:22:01.000Z",
      updated_at: "2024-03-05T15:00:00.000Z",
      buyer: { email: "x@marketplace.amazon.com", name: "Jane Doe", phone: "206-555-0100" },
      shipping_address: { address_1: "1 Main St", address_2: "Apt 2, Rear", city: "Seattle", country_code: "us" },
      shipping_total: "0.00", // 5.99 shipping − 5.99 shipping promotion
      tax_total: "6.72",
      total: "81.64", // 59.97 + 17.95 − 3.00 + 0 + 6.72
    })
    expect(cancelled).toMatchObject({ status: "cancelled", cancelled_at: "2024-03-06T01:00:00.000Z", lines: [] })
    expect(result.rows).toBe(4)
  })
})

describe("Taobao/Tmall export", () => {
  it("decodes a GB18030 file, finds the header under the title row and keeps 19-digit ids as text", async () => {
    const result = await read(fixture("taobao-gb18030.csv"), "ExportOrderList202403.csv")
    expect(result.preset).toBe("taobao")
    expect(result.headers).toContain("收货地址")
    expect(result.errors).toEqual([])
    expect(result.rows).toBe(3)
    const [paid, closed] = result.orders
    expect(paid).toMatchObject({
      external_id: "3912345678901234567",
      status: "open",
      currency_code: "cny",
      placed_at: "2024-03-05T06:22:01.000Z", // Beijing time
      buyer: { external_buyer_id: "张三小店", name: "张三", phone: "13800138000" },
      shipping_address: {
        first_name: "张三",
        last_name: "",
        address_1: "西湖区 文三路 100号",
        city: "杭州市",
        province: "浙江省",
        postal_code: "310012",
        country_code: "cn",
        phone: "13800138000",
      },
      shipping_total: "10.00",
      total: "318.00",
    })
    expect(paid.lines.map((l) => [l.sku, l.title, l.quantity, l.unit_price])).toEqual([
      ["TEE-RED-M", "纯棉T恤 红色 M", 2, "99.00"],
      ["MUG-WHITE", "陶瓷马克杯", 1, "110.00"],
    ])
    expect(closed).toMatchObject({
      external_id: "3912345678901234999",
      status: "cancelled",
      placed_at: "2024-03-06T01:05:00.000Z",
      raw: { note: "请尽快发货" },
    })
  })

  it("refuses an order number the spreadsheet turned into scientific notation", async () => {
    const bytes = csv([
      "订单编号,订单创建时间,商家编码,购买数量,价格,收货地址",
      "3.91235E+18,2024-03-05 14:22:01,TEE,1,9.9,",
      "3912345678901234567,2024-03-05 14:22:01,TEE,1,9.9,",
    ])
    const result = await read(bytes)
    expect(result.orders.map((o) => o.external_id)).toEqual(["3912345678901234567"])
    expect(result.errors).toEqual([
      {
        row: 2,
        column: "订单编号",
        field: "order_number",
        external_id: "3.91235E+18",
        message:
          'The column "订单编号" holds "3.91235E+18": the spreadsheet rounded this order number; export it as text.',
        code: "rounded",
        value: "3.91235E+18",
      },
    ])
  })

  it("is detected from its Chinese headers, and the statuses map", () => {
    expect(detectPreset(["订单编号", "买家会员名", "订单创建时间", "宝贝标题", "商家编码", "购买数量", "价格"])).toBe(
      "taobao",
    )
    expect(detectPreset(["订单编号", "下单时间", "商家编码", "数量", "单价"])).toBe("generic")
    expect(detectPreset(["订单编号", "买家会员名", "收货地址"])).toBeUndefined()
    expect(statusOf("交易关闭")).toBe("cancelled")
    expect(statusOf("Cancelled")).toBe("cancelled")
    expect(statusOf("卖家已发货，等待买家确认")).toBe("shipped")
    expect(statusOf("交易成功")).toBe("shipped")
    expect(statusOf("等待买家付款")).toBe("pending")
    expect(statusOf("买家已付款，等待卖家发货")).toBe("open")
    expect(splitChineseAddress("吉林省 通化市 柳河县 柳河镇紫御府   七号楼 201室(135300)")).toEqual({
      province: "吉林省",
      city: "通化市",
      street: "柳河县 柳河镇紫御府 七号楼 201室",
      postal_code: "135300",
    })
  })
})

describe("XLSX", () => {
  it("reads the first worksheet: rich text, numbers, formulas, dates and serial dates", async () => {
    const bytes = await xlsx(
      [
        ["订单导出"],
        [
          { richText: [{ text: "订单" }, { text: "编号" }] },
          "买家会员名",
          "订单创建时间",
          "宝贝标题",
          "商家编码",
          "购买数量",
          "价格",
          "买家应付邮费",
        ],
        ["3912345678901234567", "buyer1", new Date(Date.UTC(2024, 2, 5, 14, 22, 1)), "T恤", "TEE", 2, 19.6, 0],
        [
          "3912345678901234567",
          "buyer1",
          new Date(Date.UTC(2024, 2, 5, 14, 22, 1)),
          "杯子",
          "MUG",
          1,
          { formula: "0.1+0.2", result: 0.1 + 0.2 },
          0,
        ],
        [123456, "buyer2", 45356.5, "帽子", { text: "CAP", hyperlink: "https://example.com" }, 3, "1,234.50", 8],
      ],
      (ws) => {
        ws.getCell("C5").numFmt = "0.00"
      },
    )
    const result = await read(bytes, "淘宝订单.xlsx")
    expect(result.preset).toBe("taobao")
    expect(result.errors).toEqual([])
    expect(result.orders[0].lines.map((l) => [l.sku, l.unit_price, l.line_total])).toEqual([
      ["TEE", "19.60", "39.20"],
      ["MUG", "0.30", "0.30"],
    ])
    expect(result.orders[0].placed_at).toBe("2024-03-05T06:22:01.000Z")
    expect(result.orders[1]).toMatchObject({
      external_id: "123456",
      placed_at: "2024-03-05T04:00:00.000Z", // serial 45356.5 = 2024-03-05 12:00 Beijing
      lines: [{ sku: "CAP", quantity: 3, unit_price: "1234.50", line_total: "3703.50" }],
      shipping_total: "8.00",
    })
    expect(result.orders[0].raw).toMatchObject({ rows: [{ row: 3 }, { row: 4 }] })
  })

  it("refuses an order number stored as a number Excel has rounded", async () => {
    const bytes = await xlsx([
      ["order_number", "order_date", "sku", "quantity", "unit_price"],
      // What Excel keeps of a 19-digit id typed into a number cell.
      [Number("3912345678901234567"), "2024-03-05", "A", 1, 1],
      [1930679858170647, "2024-03-05", "A", 1, 1],
      ["3912345678901234567", "2024-03-05", "A", 1, 1],
    ])
    const result = await read(bytes, "orders.xlsx")
    expect(result.orders.map((o) => o.external_id)).toEqual(["3912345678901234567"])
    expect(result.errors.map((e) => [e.row, e.message])).toEqual([
      [
        2,
        'The column "order_number" holds "3912345678901234700": the spreadsheet rounded this order number; export it as text.',
      ],
      [
        3,
        'The column "order_number" holds "1930679858170647": the spreadsheet rounded this order number; export it as text.',
      ],
    ])
    // Screens in other languages word it from the kind and the cell.
    expect(result.errors.map((e) => [e.code, e.value])).toEqual([
      ["rounded", "3912345678901234700"],
      ["rounded", "1930679858170647"],
    ])
  })
})

describe("row errors", () => {
  it("keeps an order with one bad row wholly out, names the column, and lets the others through", async () => {
    const bytes = csv([
      "订单号,下单时间,邮箱,SKU,数量,单价,币种,国家,地址,城市",
      "OK-1,2024-03-05 14:22,a@example.com,S1,1,10,CNY,CN,路 1号,上海",
      "BAD-1,2024-03-05 14:22,,S1,1,10,CNY,,,",
      "BAD-1,2024-03-05 14:22,,,1.5,abc,USD,,,",
      "BAD-2,yesterday,not-an-email,S2,0,-3,,,,",
      ",2024-03-05,,S3,1,1,,,,",
      "BAD-3,2024-03-05,,S4,1,1,,,街道 9号,北京",
      "OK-2,2024-03-05T14:22:01+08:00,,S5,7,0,,,,",
    ])
    const result = await read(bytes)
    expect(result.preset).toBe("generic")
    expect(result.rows).toBe(7)
    expect(result.orders.map((o) => o.external_id)).toEqual(["OK-1", "OK-2"])
    expect(result.orders[1].lines[0].unit_price).toBe("0.00")
    expect(result.skipped_orders).toEqual([
      { external_id: "BAD-1", rows: [3, 4] },
      { external_id: "BAD-2", rows: [5] },
      { external_id: "BAD-3", rows: [7] },
    ])
    expect(messages(result)).toEqual([
      '4 SKU sku: The column "SKU" is empty: every line needs a SKU.',
      '4 数量 quantity: The column "数量" must be a whole number above 0, not "1.5".',
      '4 单价 unit_price: The column "单价" must be an amount such as 19.90, not "abc".',
      '4 币种 currency: The column "币种" says USD here but CNY on row 3 of the same order; an order has one currency.',
      '5 数量 quantity: The column "数量" must be a whole number above 0, not "0".',
      '5 单价 unit_price: The column "单价" must not be negative ("-3").',
      '5 下单时间 order_date: The column "下单时间" holds "yesterday", which is not a date (write it like 2024-03-05 14:22).',
      '5 邮箱 email: The column "邮箱" holds "not-an-email", which is not an e-mail address.',
      '6 订单号 order_number: The column "订单号" is empty: every row needs an order number.',
      '7 国家 country_code: The column "国家" is empty: an order with an address needs a two-letter country code such as CN.',
    ])
    expect(result.errors.filter((e) => e.row === 4).every((e) => e.external_id === "BAD-1")).toBe(true)
  })
})

describe("values", () => {
  it("accepts the date formats staff and marketplaces write", () => {
    const utc = (s: string | number) => {
      const r = readDate(s, 0)
      return r.ok ? r.value : r.reason
    }
    expect(utc("2024-03-05 14:22:01")).toBe("2024-03-05T14:22:01.000Z")
    expect(utc("2024/3/5 14:22")).toBe("2024-03-05T14:22:00.000Z")
    expect(utc("2024年3月5日")).toBe("2024-03-05T00:00:00.000Z")
    expect(utc("2024-03-05T14:22:01+00:00")).toBe("2024-03-05T14:22:01.000Z")
    expect(utc("2024-03-05T14:22:01.5-08:00")).toBe("2024-03-05T22:22:01.500Z")
    expect(utc("2024-03-05 14:22:01 +0800")).toBe("2024-03-05T06:22:01.000Z")
    expect(utc(45356.59862)).toBe("2024-03-05T14:22:01.000Z")
    expect(utc("45356")).toBe("2024-03-05T00:00:00.000Z")
    expect(utc("2024-02-30")).toMatch(/not a date/)
    expect(utc("05/03/2024")).toMatch(/not a date/)
  })

  it("keeps money exact and ids whole", () => {
    const money = (v: string | number) => {
      const r = readMoney(v)
      return r.ok ? r.value : r.reason
    }
    expect(money(19.6)).toBe("19.60")
    expect(money("¥1,299")).toBe("1299.00")
    expect(money("59.90元")).toBe("59.90")
    expect(money("0.125")).toBe("0.125")
    expect(money("1e3")).toMatch(/must be an amount/)
    expect(readOrderId('="3912345678901234567"')).toEqual({ ok: true, value: "3912345678901234567" })
    expect(readOrderId("'3912345678901234567")).toEqual({ ok: true, value: "3912345678901234567" })
    expect(readOrderId("1.23457E+17")).toMatchObject({ ok: false })
  })
})

describe("files that cannot be read", () => {
  it("refuses empty, binary, old .xls, headerless, unknown and oversized files with a reason", async () => {
    expect((await refusal(read(new Uint8Array(), "a.csv"))).code).toBe("empty")
    expect((await refusal(read(utf8(" \n\n"), "a.csv"))).code).toBe("empty")
    expect((await refusal(read(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), "a.xls"))).message).toMatch(/\.xls/)
    expect((await refusal(read(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]), "a.csv"))).code).toBe(
      "unsupported_format",
    )
    expect((await refusal(read(utf8("hello"), "a.xlsx"))).code).toBe("unreadable")
    expect((await refusal(read(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "a.xlsx"))).code).toBe("unreadable")
    expect((await refusal(read(csv(["a,b,c", "1,2,3"])))).code).toBe("no_header")
    const unknown = await refusal(read(csv(["order_number,sku,quantity,colour", "1,A,1,red"])))
    expect(unknown.code).toBe("unknown_columns")
    expect(unknown.message).toMatch(/order_date/)
    const forced = await refusal(
      read(csv(["order_number,order_date,sku,quantity,unit_price"]), "a.csv", { preset: "amazon" }),
    )
    expect(forced.code).toBe("no_header")
    const lacking = await refusal(read(csv(["amazon-order-id,purchase-date,sku"]), "a.csv", { preset: "amazon" }))
    expect(lacking.code).toBe("missing_columns")
    expect(lacking.message).toMatch(/quantity-purchased/)
    const rows = ["order_number,order_date,sku,quantity,unit_price"]
    for (let i = 0; i <= MAX_DATA_ROWS; i++) rows.push(`O${i},2024-03-05,S,1,1`)
    expect((await refusal(read(csv(rows)))).code).toBe("too_many_rows")
  })
})

describe("volume", () => {
  it("reads a 10,000-row file", async () => {
    const rows = ["order_number,order_date,email,sku,quantity,unit_price,currency"]
    for (let i = 0; i < 10_000; i++)
      rows.push(
        `PO-${Math.floor(i / 4)},2024-03-05 10:00,b${i % 7}@example.com,SKU-${i % 50},${(i % 5) + 1},${i % 100}.99,EUR`,
      )
    const result = await read(csv(rows))
    expect(result.rows).toBe(10_000)
    expect(result.errors).toEqual([])
    expect(result.orders).toHaveLength(2_500)
    expect(result.orders.every((o) => o.lines.length === 4 && o.currency_code === "eur")).toBe(true)
  })
})

describe("presets", () => {
  it("lists Chinese and English column names for every field of the template", () => {
    const generic = PRESETS.generic.columns
    expect(generic.order_number).toEqual(expect.arrayContaining(["order_number", "订单号"]))
    expect(generic.sku).toEqual(expect.arrayContaining(["sku", "商家编码"]))
    expect(generic.unit_price).toEqual(expect.arrayContaining(["unit_price", "单价"]))
    expect(PRESETS.taobao.utc_offset).toBe("+08:00")
    expect(PRESETS.amazon.price).toBe("line")
  })
})
