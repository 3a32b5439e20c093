export type Carrier = {
  /** Ordo's code; for Shippo carriers it is Shippo's carrier token (what /tracks takes). */
  code: string
  name: string
  name_zh: string
  /** Shippo sells labels for it and tracks it. */
  shippo: boolean
  /** Only where the carrier's public tracking page has a well-known URL pattern. */
  tracking_url?: (trackingNumber: string) => string
  /** Shippo's display name in rates (`provider`). */
  provider?: string
}

const q = encodeURIComponent

/**
 * Carriers staff can pick. USPS, UPS, FedEx and DHL Express go through Shippo (labels and
 * tracking); the Chinese express carriers are not covered by Shippo, so their numbers are typed
 * in and tracked by hand. `shippo` is Shippo's test carrier (numbers SHIPPO_TRANSIT, …).
 */
export const CARRIERS: readonly Carrier[] = [
  {
    code: "usps",
    name: "USPS",
    name_zh: "美国邮政",
    shippo: true,
    provider: "USPS",
    tracking_url: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${q(n)}`,
  },
  {
    code: "ups",
    name: "UPS",
    name_zh: "UPS",
    shippo: true,
    provider: "UPS",
    tracking_url: (n) => `https://www.ups.com/track?tracknum=${q(n)}`,
  },
  {
    code: "fedex",
    name: "FedEx",
    name_zh: "联邦快递",
    shippo: true,
    provider: "FedEx",
    tracking_url: (n) => `https://www.fedex.com/fedextrack/?trknbr=${q(n)}`,
  },
  {
    code: "dhl_express",
    name: "DHL Express",
    name_zh: "DHL 国际快递",
    shippo: true,
    provider: "DHL Express",
    tracking_url: (n) =>
      `https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=${q(n)}`,
  },
  {
    code: "sf_express",
    name: "SF Express",
    name_zh: "顺丰速运",
    shippo: false,
    tracking_url: (n) => `https://www.sf-express.com/chn/sc/waybill/waybill-detail/${q(n)}`,
  },
  { code: "zto", name: "ZTO Express", name_zh: "中通快递", shippo: false },
  { code: "yto", name: "YTO Express", name_zh: "圆通速递", shippo: false },
  { code: "sto", name: "STO Express", name_zh: "申通快递", shippo: false },
  { code: "yunda", name: "Yunda Express", name_zh: "韵达快递", shippo: false },
  { code: "jd", name: "JD Logistics", name_zh: "京东物流", shippo: false },
  { code: "ems", name: "China Post EMS", name_zh: "中国邮政EMS", shippo: false },
  { code: "deppon", name: "Deppon Express", name_zh: "德邦快递", shippo: false },
  { code: "best", name: "Best Express", name_zh: "百世快递", shippo: false },
  { code: "shippo", name: "Shippo test carrier", name_zh: "Shippo 测试承运商", shippo: true, provider: "Shippo" },
  { code: "other", name: "Other carrier", name_zh: "其他快递", shippo: false },
]

/** Shippo's test-mode tracking numbers for the `shippo` carrier. */
export const SHIPPO_TEST_NUMBERS = [
  "SHIPPO_PRE_TRANSIT",
  "SHIPPO_TRANSIT",
  "SHIPPO_DELIVERED",
  "SHIPPO_RETURNED",
  "SHIPPO_FAILURE",
  "SHIPPO_UNKNOWN",
] as const

const byCode = new Map(CARRIERS.map((c) => [c.code, c]))

export function findCarrier(code: string | null | undefined): Carrier | undefined {
  return code ? byCode.get(code.trim().toLowerCase()) : undefined
}

/** The carrier's name in `lang` ("zh", "zh-CN" → Chinese; else English); an unknown code as given. */
export function carrierName(code: string, lang = "en"): string {
  const c = findCarrier(code)
  if (!c) return code
  return lang.toLowerCase().startsWith("zh") ? c.name_zh : c.name
}

/** The public tracking page for a number, when the carrier has a known URL pattern. */
export function trackingUrl(code: string, trackingNumber: string): string | null {
  const c = findCarrier(code)
  return c?.tracking_url && trackingNumber ? c.tracking_url(trackingNumber) : null
}

/** Whether Shippo tracks this carrier (so a typed-in number can be registered with POST /tracks). */
export const isShippoCarrier = (code: string) => findCarrier(code)?.shippo === true

/** Our code for a Shippo rate's `provider` ("DHL Express" → "dhl_express"); unknown ones slugged. */
export function carrierFromProvider(provider: string): string {
  const p = provider.trim().toLowerCase()
  const known = CARRIERS.find((c) => c.provider?.toLowerCase() === p)
  if (known) return known.code
  return p.replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "") || "other"
}
