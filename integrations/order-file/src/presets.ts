/**
 * The file layouts Ordo reads: our generic template and the exports of Shopify, Amazon and
 * Taobao/Tmall. A preset maps each of our fields to the column names that carry it, in order of
 * preference (the first non-blank one wins on a row). Sources for the real column names are in
 * docs/decisions/019-order-file-import.md.
 */

export type OrderFilePreset = "generic" | "shopify" | "amazon" | "taobao"

export const ORDER_FILE_FIELDS = [
  "order_number",
  "order_date",
  "updated_at",
  "cancelled_at",
  "status",
  "email",
  "customer_name",
  "buyer_id",
  "recipient_name",
  "company",
  "line_id",
  "sku",
  "title",
  "quantity",
  "unit_price",
  "line_total",
  "discount",
  "currency",
  "shipping",
  "shipping_discount",
  "tax",
  "shipping_tax",
  "total",
  "address1",
  "address2",
  "address3",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
  "note",
] as const
export type OrderFileField = (typeof ORDER_FILE_FIELDS)[number]

export type PresetDefinition = {
  preset: OrderFilePreset
  label: { en: string; zh: string }
  /** Column names per field, Chinese and English, most preferred first; matched case-insensitively. */
  columns: Partial<Record<OrderFileField, readonly string[]>>
  /** Fields whose column must exist: `auto` picks a preset only when all are present. */
  required: readonly OrderFileField[]
  /** "unit": the price column is per unit; "line": it is for the whole quantity (Amazon's item-price). */
  price: "unit" | "line"
  /** "order": shipping, tax and total are order-level (first non-blank row); "line": summed over the rows. */
  amounts: "order" | "line"
  /** Offset applied to a date written without one ("+08:00" for Taobao's Beijing time). */
  utc_offset: string
  /** Country of an address that names none. */
  country_code?: string
  /** "cn_single_line": 收货地址 holds "省 市 区 街道…(邮编)" in one cell. */
  address: "columns" | "cn_single_line"
  /** "skip": a row with quantity 0 is an item cancelled at the marketplace, not an error. */
  zero_quantity?: "error" | "skip"
}

const generic: PresetDefinition = {
  preset: "generic",
  label: { en: "Ordo template", zh: "Ordo 模板" },
  columns: {
    order_number: [
      "order_number",
      "order number",
      "order no",
      "order no.",
      "order id",
      "po number",
      "订单号",
      "订单编号",
    ],
    order_date: ["order_date", "order date", "date", "下单时间", "订单日期", "日期"],
    status: ["status", "订单状态", "状态"],
    email: ["email", "e-mail", "邮箱", "电子邮箱"],
    customer_name: ["customer_name", "customer name", "customer", "客户", "客户名称"],
    recipient_name: ["recipient", "ship to", "收货人"],
    company: ["company", "公司", "公司名称"],
    sku: ["sku", "商家编码", "商品编码", "货号"],
    title: ["title", "product", "product name", "description", "商品名称", "品名"],
    quantity: ["quantity", "qty", "数量"],
    unit_price: ["unit_price", "unit price", "price", "单价"],
    currency: ["currency", "币种", "货币"],
    shipping: ["shipping", "运费"],
    address1: ["address1", "address 1", "address", "地址"],
    address2: ["address2", "address 2", "地址2"],
    city: ["city", "城市"],
    province: ["province", "state", "省份", "省"],
    postal_code: ["postal_code", "postal code", "postcode", "zip", "邮编"],
    country_code: ["country_code", "country code", "country", "国家"],
    phone: ["phone", "telephone", "mobile", "电话", "手机"],
    note: ["note", "notes", "备注"],
  },
  required: ["order_number", "order_date", "sku", "quantity", "unit_price"],
  price: "unit",
  amounts: "order",
  utc_offset: "+00:00",
  address: "columns",
}

// Shopify admin → Orders → Export: one row per line item; order-level columns only on the first.
const shopify: PresetDefinition = {
  preset: "shopify",
  label: { en: "Shopify orders export", zh: "Shopify 订单导出" },
  columns: {
    order_number: ["Name"],
    order_date: ["Created at"],
    cancelled_at: ["Cancelled at"],
    status: ["Fulfillment Status"],
    email: ["Email"],
    customer_name: ["Billing Name", "Shipping Name"],
    recipient_name: ["Shipping Name"],
    company: ["Shipping Company", "Billing Company"],
    sku: ["Lineitem sku"],
    title: ["Lineitem name"],
    quantity: ["Lineitem quantity"],
    unit_price: ["Lineitem price"],
    discount: ["Lineitem discount"],
    currency: ["Currency"],
    shipping: ["Shipping"],
    tax: ["Taxes"],
    total: ["Total"],
    address1: ["Shipping Address1", "Shipping Street"],
    address2: ["Shipping Address2"],
    city: ["Shipping City"],
    province: ["Shipping Province", "Shipping Province Name"],
    postal_code: ["Shipping Zip"],
    country_code: ["Shipping Country"],
    phone: ["Shipping Phone", "Phone", "Billing Phone"],
    note: ["Notes"],
  },
  required: ["order_number", "order_date", "sku", "quantity", "unit_price"],
  price: "unit",
  amounts: "order",
  utc_offset: "+00:00",
  address: "columns",
}

// Seller Central order reports (tab-delimited): one row per order item. `item-price` is the price
// of all units of the item; shipping and tax are per item row and add up to the order's.
const amazon: PresetDefinition = {
  preset: "amazon",
  label: { en: "Amazon order report", zh: "亚马逊订单报告" },
  columns: {
    order_number: ["amazon-order-id", "order-id"],
    line_id: ["order-item-id"],
    order_date: ["purchase-date"],
    updated_at: ["last-updated-date"],
    status: ["order-status"],
    email: ["buyer-email"],
    customer_name: ["buyer-name", "recipient-name"],
    recipient_name: ["recipient-name"],
    sku: ["sku"],
    title: ["product-name"],
    quantity: ["quantity-purchased", "quantity"],
    line_total: ["item-price"],
    discount: ["item-promotion-discount"],
    currency: ["currency"],
    shipping: ["shipping-price"],
    shipping_discount: ["ship-promotion-discount"],
    tax: ["item-tax"],
    shipping_tax: ["shipping-tax"],
    address1: ["ship-address-1"],
    address2: ["ship-address-2"],
    address3: ["ship-address-3"],
    city: ["ship-city"],
    province: ["ship-state"],
    postal_code: ["ship-postal-code"],
    country_code: ["ship-country"],
    phone: ["ship-phone-number", "buyer-phone-number"],
  },
  required: ["order_number", "order_date", "sku", "quantity", "line_total"],
  price: "line",
  amounts: "line",
  utc_offset: "+00:00",
  address: "columns",
  zero_quantity: "skip",
}

// Taobao/Tmall 已卖出的宝贝 → 批量导出, the single-sheet variant: the 订单报表's order columns and
// the 宝贝报表's item columns on one row per item.
const taobao: PresetDefinition = {
  preset: "taobao",
  label: { en: "Taobao/Tmall order export", zh: "淘宝/天猫订单导出" },
  columns: {
    order_number: ["订单编号", "主订单编号"],
    line_id: ["子订单编号"],
    order_date: ["订单创建时间", "创建时间"],
    status: ["订单状态"],
    buyer_id: ["买家会员名"],
    customer_name: ["收货人姓名"],
    recipient_name: ["收货人姓名"],
    sku: ["商家编码", "外部系统编号"],
    title: ["宝贝标题", "标题"],
    quantity: ["购买数量", "宝贝总数量"],
    unit_price: ["价格", "宝贝单价"],
    shipping: ["买家应付邮费"],
    total: ["买家实际支付金额", "总金额"],
    address1: ["收货地址"],
    phone: ["联系手机", "联系电话"],
    note: ["买家留言", "订单备注", "备注"],
  },
  required: ["order_number", "order_date", "sku", "quantity", "unit_price"],
  price: "unit",
  amounts: "order",
  utc_offset: "+08:00",
  country_code: "cn",
  address: "cn_single_line",
}

export const PRESETS: Record<OrderFilePreset, PresetDefinition> = { generic, shopify, amazon, taobao }

/** Tie-break order for `auto`: the marketplace exports before our own, looser template. */
const DETECTION_ORDER: OrderFilePreset[] = ["taobao", "amazon", "shopify", "generic"]

/** Header text compared: no BOM, no edge spaces (full-width included), single spaces, lowercase. */
export function normalizeHeader(h: string): string {
  return String(h ?? "")
    .replace(/[\ufeff\u200b]/g, "")
    .replace(/[\s\u3000\u00a0]+/g, " ")
    .trim()
    .toLowerCase()
}

export type ColumnMap = Map<OrderFileField, number[]>

/** Which columns of `headers` carry each field of `preset`, most preferred first. */
export function mapColumns(headers: readonly string[], preset: PresetDefinition): ColumnMap {
  const normalized = headers.map(normalizeHeader)
  const map: ColumnMap = new Map()
  for (const [field, names] of Object.entries(preset.columns) as [OrderFileField, readonly string[]][]) {
    const indices: number[] = []
    for (const name of names) {
      const wanted = normalizeHeader(name)
      normalized.forEach((h, i) => {
        if (h === wanted && !indices.includes(i)) indices.push(i)
      })
    }
    if (indices.length) map.set(field, indices)
  }
  return map
}

/** The preset whose required columns are all present; the one matching most columns if several. */
export function detectPreset(headers: string[]): OrderFilePreset | undefined {
  let best: { preset: OrderFilePreset; score: number } | undefined
  for (const preset of DETECTION_ORDER) {
    const map = mapColumns(headers, PRESETS[preset])
    if (!PRESETS[preset].required.every((f) => map.has(f))) continue
    const score = new Set([...map.values()].flat()).size
    if (!best || score > best.score) best = { preset, score }
  }
  return best?.preset
}

/** Every column name any preset knows, normalized: used to find the header row. */
export function knownHeaders(presets: readonly PresetDefinition[]): Set<string> {
  return new Set(presets.flatMap((p) => Object.values(p.columns).flatMap((names) => names.map(normalizeHeader))))
}

const TEMPLATE_COLUMNS = [
  "order_number",
  "order_date",
  "email",
  "customer_name",
  "company",
  "sku",
  "quantity",
  "unit_price",
  "currency",
  "shipping",
  "address1",
  "address2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
  "note",
]

/**
 * The generic template: one row per order line; rows with the same order_number are one order.
 * Order-level values (date, buyer, currency, shipping, address) are read from the first row that
 * has them. Chinese headers work too: 订单号, 下单时间, 邮箱, 客户, 公司, SKU/商家编码, 数量, 单价,
 * 币种, 运费, 地址, 地址2, 城市, 省份, 邮编, 国家, 电话, 备注.
 */
export function genericTemplateCsv(): string {
  const rows = [
    TEMPLATE_COLUMNS,
    [
      "PO-1001",
      "2024-03-05 14:22",
      "buyer@example.com",
      "Li Wei",
      "Example Trading Co.",
      "TEE-RED-M",
      "3",
      "19.90",
      "CNY",
      "12.00",
      "88 Century Avenue",
      "Floor 5",
      "Shanghai",
      "Shanghai",
      "200120",
      "CN",
      "+86 21 5555 0100",
      "Deliver before noon",
    ],
    ["PO-1001", "2024-03-05 14:22", "", "", "", "MUG-WHITE", "2", "8.50", "CNY", "", "", "", "", "", "", "", "", ""],
  ]
  return `${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`
}

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)
