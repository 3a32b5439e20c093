/**
 * Demo catalogue of a Chinese/international industrial wholesaler. Generated
 * deterministically (fixed PRNG seed) so every fresh clone gets the same SKUs,
 * prices and stock levels, and tests and benchmarks can rely on them.
 */

export type DemoProduct = {
  handle: string
  title: string
  titleZh: string
  category: string
  option: string
  values: string[]
  skuPrefix: string
  /** list price in CNY, in fen (integer), for the first value; later values step up */
  baseFen: number
  stepFen: number
  unit: string
}

export const CATEGORIES: { handle: string; name: string; nameZh: string }[] = [
  { handle: "fasteners", name: "Fasteners", nameZh: "紧固件" },
  { handle: "packaging", name: "Packaging", nameZh: "包装材料" },
  { handle: "electrical", name: "Electrical", nameZh: "电气元件" },
  { handle: "safety", name: "Safety & PPE", nameZh: "安全防护" },
  { handle: "hand-tools", name: "Hand Tools", nameZh: "手动工具" },
  { handle: "plumbing", name: "Pipes & Fittings", nameZh: "管道配件" },
]

const sizes = (list: string) => list.split(" ")

export const PRODUCTS: DemoProduct[] = [
  // Fasteners
  {
    handle: "hex-bolt-din933-zinc",
    title: "Hex bolt DIN 933, zinc plated (box of 100)",
    titleZh: "外六角螺栓 DIN 933 镀锌（100只/盒）",
    category: "fasteners",
    option: "Size",
    values: sizes("M5x16 M6x20 M6x30 M8x25 M8x40 M10x30 M10x50 M12x40 M12x60 M16x60"),
    skuPrefix: "FST-HB-ZP",
    baseFen: 1850,
    stepFen: 900,
    unit: "box",
  },
  {
    handle: "hex-bolt-din933-a2",
    title: "Hex bolt DIN 933, stainless A2 (box of 100)",
    titleZh: "外六角螺栓 DIN 933 不锈钢A2（100只/盒）",
    category: "fasteners",
    option: "Size",
    values: sizes("M5x16 M6x20 M6x30 M8x25 M8x40 M10x30 M10x50 M12x40"),
    skuPrefix: "FST-HB-A2",
    baseFen: 4200,
    stepFen: 1900,
    unit: "box",
  },
  {
    handle: "hex-nut-din934",
    title: "Hex nut DIN 934, zinc plated (box of 200)",
    titleZh: "六角螺母 DIN 934 镀锌（200只/盒）",
    category: "fasteners",
    option: "Size",
    values: sizes("M4 M5 M6 M8 M10 M12 M16 M20"),
    skuPrefix: "FST-HN",
    baseFen: 1200,
    stepFen: 650,
    unit: "box",
  },
  {
    handle: "flat-washer-din125",
    title: "Flat washer DIN 125 (box of 500)",
    titleZh: "平垫圈 DIN 125（500只/盒）",
    category: "fasteners",
    option: "Size",
    values: sizes("M4 M5 M6 M8 M10 M12 M16"),
    skuPrefix: "FST-FW",
    baseFen: 980,
    stepFen: 420,
    unit: "box",
  },
  {
    handle: "spring-washer-din127",
    title: "Spring lock washer DIN 127 (box of 500)",
    titleZh: "弹簧垫圈 DIN 127（500只/盒）",
    category: "fasteners",
    option: "Size",
    values: sizes("M4 M5 M6 M8 M10 M12 M16"),
    skuPrefix: "FST-SW",
    baseFen: 1100,
    stepFen: 480,
    unit: "box",
  },
  {
    handle: "self-tapping-screw",
    title: "Self-tapping screw, pan head (box of 500)",
    titleZh: "盘头自攻螺钉（500只/盒）",
    category: "fasteners",
    option: "Size",
    values: sizes("ST2.9x9.5 ST3.5x13 ST3.5x19 ST4.2x16 ST4.2x25 ST4.8x32"),
    skuPrefix: "FST-ST",
    baseFen: 1650,
    stepFen: 550,
    unit: "box",
  },
  {
    handle: "wedge-anchor",
    title: "Wedge anchor, zinc plated (box of 50)",
    titleZh: "膨胀螺栓 镀锌（50只/盒）",
    category: "fasteners",
    option: "Size",
    values: sizes("M8x75 M10x90 M12x100 M12x120 M16x140"),
    skuPrefix: "FST-WA",
    baseFen: 5600,
    stepFen: 2400,
    unit: "box",
  },
  // Packaging
  {
    handle: "corrugated-carton-5ply",
    title: "Corrugated shipping carton, 5-ply (bundle of 20)",
    titleZh: "五层瓦楞纸箱（20只/捆）",
    category: "packaging",
    option: "Size",
    values: sizes("300x200x200 400x300x300 500x400x300 600x400x400 600x500x500 800x600x500"),
    skuPrefix: "PKG-CTN5",
    baseFen: 4800,
    stepFen: 1600,
    unit: "bundle",
  },
  {
    handle: "bopp-packing-tape",
    title: "BOPP packing tape, 48 mm (case of 36 rolls)",
    titleZh: "BOPP封箱胶带 48mm（36卷/箱）",
    category: "packaging",
    option: "Colour / length",
    values: sizes("clear-50m clear-100m tan-50m tan-100m printed-100m"),
    skuPrefix: "PKG-TAPE",
    baseFen: 6900,
    stepFen: 1500,
    unit: "case",
  },
  {
    handle: "stretch-film",
    title: "Stretch wrap film, 500 mm (roll)",
    titleZh: "缠绕膜 500mm（卷）",
    category: "packaging",
    option: "Thickness",
    values: sizes("15um 17um 20um 23um 25um"),
    skuPrefix: "PKG-FILM",
    baseFen: 3500,
    stepFen: 600,
    unit: "roll",
  },
  {
    handle: "bubble-wrap-roll",
    title: "Bubble wrap roll, 1 m wide",
    titleZh: "气泡膜卷 1米宽",
    category: "packaging",
    option: "Length",
    values: sizes("50m 100m 200m"),
    skuPrefix: "PKG-BUB",
    baseFen: 5200,
    stepFen: 4400,
    unit: "roll",
  },
  {
    handle: "pallet-strap-pp",
    title: "PP strapping band (roll)",
    titleZh: "PP打包带（卷）",
    category: "packaging",
    option: "Width",
    values: sizes("9mm 12mm 15mm 19mm"),
    skuPrefix: "PKG-STRAP",
    baseFen: 4100,
    stepFen: 900,
    unit: "roll",
  },
  {
    handle: "kraft-void-fill",
    title: "Kraft paper void fill (box)",
    titleZh: "牛皮纸填充物（箱）",
    category: "packaging",
    option: "Weight",
    values: sizes("5kg 10kg 20kg"),
    skuPrefix: "PKG-KRAFT",
    baseFen: 3900,
    stepFen: 3500,
    unit: "box",
  },
  // Electrical
  {
    handle: "pvc-cable-bv",
    title: "BV copper building wire (100 m coil)",
    titleZh: "BV铜芯电线（100米/卷）",
    category: "electrical",
    option: "Cross-section",
    values: sizes("1.0mm2 1.5mm2 2.5mm2 4mm2 6mm2 10mm2 16mm2"),
    skuPrefix: "ELC-BV",
    baseFen: 9800,
    stepFen: 8500,
    unit: "coil",
  },
  {
    handle: "rvv-sheathed-cable",
    title: "RVV sheathed flexible cable (100 m)",
    titleZh: "RVV护套软电缆（100米）",
    category: "electrical",
    option: "Cores",
    values: sizes("2x0.75 2x1.0 3x1.0 3x1.5 3x2.5 4x1.5 5x2.5"),
    skuPrefix: "ELC-RVV",
    baseFen: 16800,
    stepFen: 9200,
    unit: "coil",
  },
  {
    handle: "mcb-breaker",
    title: "Miniature circuit breaker, C curve",
    titleZh: "小型断路器 C型",
    category: "electrical",
    option: "Rating",
    values: sizes("1P-6A 1P-10A 1P-16A 1P-20A 1P-32A 2P-16A 2P-32A 3P-32A 3P-63A"),
    skuPrefix: "ELC-MCB",
    baseFen: 1450,
    stepFen: 1100,
    unit: "piece",
  },
  {
    handle: "cable-tie-nylon",
    title: "Nylon cable ties (bag of 1000)",
    titleZh: "尼龙扎带（1000根/包）",
    category: "electrical",
    option: "Size",
    values: sizes("2.5x100 3.6x150 3.6x200 4.8x250 4.8x300 7.6x400"),
    skuPrefix: "ELC-TIE",
    baseFen: 1280,
    stepFen: 850,
    unit: "bag",
  },
  {
    handle: "terminal-block-din",
    title: "DIN rail terminal block (pack of 50)",
    titleZh: "导轨式接线端子（50只/包）",
    category: "electrical",
    option: "Size",
    values: sizes("2.5mm2 4mm2 6mm2 10mm2 16mm2"),
    skuPrefix: "ELC-TB",
    baseFen: 2900,
    stepFen: 1300,
    unit: "pack",
  },
  {
    handle: "led-panel-light",
    title: "LED panel light 600x600",
    titleZh: "LED面板灯 600x600",
    category: "electrical",
    option: "Power / colour",
    values: sizes("36W-4000K 36W-6500K 48W-4000K 48W-6500K"),
    skuPrefix: "ELC-LED",
    baseFen: 8900,
    stepFen: 1200,
    unit: "piece",
  },
  // Safety
  {
    handle: "nitrile-gloves",
    title: "Nitrile disposable gloves (box of 100)",
    titleZh: "丁腈一次性手套（100只/盒）",
    category: "safety",
    option: "Size",
    values: sizes("S M L XL"),
    skuPrefix: "SAF-NIT",
    baseFen: 2650,
    stepFen: 0,
    unit: "box",
  },
  {
    handle: "cut-resistant-gloves",
    title: "Cut-resistant gloves, level C (12 pairs)",
    titleZh: "防割手套 C级（12双）",
    category: "safety",
    option: "Size",
    values: sizes("7 8 9 10 11"),
    skuPrefix: "SAF-CUT",
    baseFen: 11800,
    stepFen: 0,
    unit: "dozen",
  },
  {
    handle: "safety-helmet-abs",
    title: "ABS safety helmet with ratchet",
    titleZh: "ABS安全帽（旋钮调节）",
    category: "safety",
    option: "Colour",
    values: sizes("white yellow red blue orange"),
    skuPrefix: "SAF-HLM",
    baseFen: 2300,
    stepFen: 0,
    unit: "piece",
  },
  {
    handle: "safety-glasses",
    title: "Safety glasses, anti-fog (box of 12)",
    titleZh: "防雾护目镜（12副/盒）",
    category: "safety",
    option: "Lens",
    values: sizes("clear smoke amber"),
    skuPrefix: "SAF-GLS",
    baseFen: 9600,
    stepFen: 600,
    unit: "box",
  },
  {
    handle: "hi-vis-vest",
    title: "Hi-vis reflective vest (pack of 10)",
    titleZh: "高可视反光背心（10件/包）",
    category: "safety",
    option: "Size / colour",
    values: sizes("L-yellow XL-yellow XXL-yellow L-orange XL-orange XXL-orange"),
    skuPrefix: "SAF-VEST",
    baseFen: 8500,
    stepFen: 0,
    unit: "pack",
  },
  {
    handle: "safety-shoes-s3",
    title: "Safety shoes S3, steel toe",
    titleZh: "S3安全鞋 钢包头",
    category: "safety",
    option: "EU size",
    values: sizes("38 39 40 41 42 43 44 45 46"),
    skuPrefix: "SAF-SHOE",
    baseFen: 16900,
    stepFen: 0,
    unit: "pair",
  },
  {
    handle: "kn95-respirator",
    title: "KN95 respirator (box of 50)",
    titleZh: "KN95口罩（50只/盒）",
    category: "safety",
    option: "Type",
    values: sizes("earloop headband valved"),
    skuPrefix: "SAF-KN95",
    baseFen: 5500,
    stepFen: 1500,
    unit: "box",
  },
  // Hand tools
  {
    handle: "combination-spanner",
    title: "Combination spanner, CR-V",
    titleZh: "两用扳手 铬钒钢",
    category: "hand-tools",
    option: "Size",
    values: sizes("8mm 10mm 12mm 13mm 14mm 17mm 19mm 22mm 24mm"),
    skuPrefix: "TLS-SPN",
    baseFen: 980,
    stepFen: 320,
    unit: "piece",
  },
  {
    handle: "screwdriver-set",
    title: "Screwdriver set, magnetic tips",
    titleZh: "磁性螺丝刀套装",
    category: "hand-tools",
    option: "Pieces",
    values: sizes("6pc 8pc 12pc 32pc"),
    skuPrefix: "TLS-SDS",
    baseFen: 3900,
    stepFen: 2600,
    unit: "set",
  },
  {
    handle: "hex-key-set",
    title: "Hex key set, ball end",
    titleZh: "球头内六角扳手套装",
    category: "hand-tools",
    option: "Type",
    values: sizes("metric-9pc imperial-9pc metric-long-9pc"),
    skuPrefix: "TLS-HEX",
    baseFen: 2600,
    stepFen: 800,
    unit: "set",
  },
  {
    handle: "measuring-tape",
    title: "Steel measuring tape",
    titleZh: "钢卷尺",
    category: "hand-tools",
    option: "Length",
    values: sizes("3m 5m 7.5m 10m"),
    skuPrefix: "TLS-TAPE",
    baseFen: 650,
    stepFen: 500,
    unit: "piece",
  },
  {
    handle: "utility-knife",
    title: "Utility knife with 10 blades",
    titleZh: "美工刀（附10片刀片）",
    category: "hand-tools",
    option: "Blade width",
    values: sizes("9mm 18mm 25mm"),
    skuPrefix: "TLS-KNF",
    baseFen: 890,
    stepFen: 400,
    unit: "piece",
  },
  {
    handle: "pliers-combination",
    title: "Combination pliers, insulated 1000V",
    titleZh: "绝缘钢丝钳 1000V",
    category: "hand-tools",
    option: "Length",
    values: sizes("160mm 180mm 200mm"),
    skuPrefix: "TLS-PLR",
    baseFen: 3600,
    stepFen: 700,
    unit: "piece",
  },
  // Plumbing
  {
    handle: "ppr-pipe",
    title: "PPR water pipe PN20 (4 m length)",
    titleZh: "PPR给水管 PN20（4米/根）",
    category: "plumbing",
    option: "Diameter",
    values: sizes("20mm 25mm 32mm 40mm 50mm 63mm"),
    skuPrefix: "PLB-PPR",
    baseFen: 1600,
    stepFen: 1400,
    unit: "length",
  },
  {
    handle: "ppr-elbow-90",
    title: "PPR elbow 90° (bag of 50)",
    titleZh: "PPR 90度弯头（50只/袋）",
    category: "plumbing",
    option: "Diameter",
    values: sizes("20mm 25mm 32mm 40mm 50mm"),
    skuPrefix: "PLB-ELB",
    baseFen: 1500,
    stepFen: 1100,
    unit: "bag",
  },
  {
    handle: "brass-ball-valve",
    title: "Brass ball valve, full bore",
    titleZh: "黄铜球阀 全通径",
    category: "plumbing",
    option: "Thread",
    values: sizes("1/2in 3/4in 1in 1-1/4in 1-1/2in 2in"),
    skuPrefix: "PLB-VLV",
    baseFen: 2800,
    stepFen: 2200,
    unit: "piece",
  },
  {
    handle: "ptfe-thread-tape",
    title: "PTFE thread seal tape (box of 100 rolls)",
    titleZh: "生料带（100卷/盒）",
    category: "plumbing",
    option: "Length",
    values: sizes("10m 15m 20m"),
    skuPrefix: "PLB-PTFE",
    baseFen: 3200,
    stepFen: 900,
    unit: "box",
  },
  {
    handle: "hose-clamp",
    title: "Stainless hose clamp (bag of 50)",
    titleZh: "不锈钢喉箍（50只/袋）",
    category: "plumbing",
    option: "Range",
    values: sizes("8-12 10-16 12-22 16-27 20-32 25-40 32-50"),
    skuPrefix: "PLB-CLP",
    baseFen: 1900,
    stepFen: 350,
    unit: "bag",
  },
]

export const skuFor = (p: DemoProduct, value: string) =>
  `${p.skuPrefix}-${value.toUpperCase().replace(/[^A-Z0-9.]+/g, "")}`

/** mulberry32: small deterministic PRNG so stock levels are the same on every clone */
export function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Companies are customer groups with a contract price list (discount off list, per currency). */
export const COMPANIES = [
  {
    key: "acme",
    name: "Acme Industrial Supply (Shanghai) Co., Ltd.",
    aliases: ["Acme", "Acme Shanghai", "艾克米"],
    taxId: "91310115MA1K4ACM01",
    locale: "zh-CN",
    roles: { "buyer@acme.test": "admin", "purchasing@acme.test": "buyer" },
    spendingLimits: { "purchasing@acme.test": 20000 },
    currency: "cny",
    discountPct: 8,
    buyers: [
      { email: "buyer@acme.test", first_name: "Wei", last_name: "Zhang", phone: "+86 21 5555 0101" },
      { email: "purchasing@acme.test", first_name: "Li", last_name: "Na", phone: "+86 21 5555 0102" },
    ],
    addresses: [
      {
        address_name: "Head office",
        company: "Acme Industrial Supply (Shanghai) Co., Ltd.",
        first_name: "Wei",
        last_name: "Zhang",
        address_1: "1288 Zhangjiang Road",
        address_2: "Building 3",
        city: "Shanghai",
        province: "Shanghai",
        postal_code: "201203",
        country_code: "cn",
        phone: "+86 21 5555 0101",
        is_default_shipping: true,
        is_default_billing: true,
      },
      {
        address_name: "Suzhou warehouse",
        company: "Acme Industrial Supply (Shanghai) Co., Ltd.",
        first_name: "Gang",
        last_name: "Liu",
        address_1: "88 Suhong East Road",
        city: "Suzhou",
        province: "Jiangsu",
        postal_code: "215021",
        country_code: "cn",
        phone: "+86 512 5555 0199",
      },
    ],
  },
  {
    key: "globex",
    name: "Globex Trading LLC",
    aliases: ["Globex", "Globex Trading"],
    taxId: "US-94-1234567",
    locale: "en",
    roles: { "buyer@globex.test": "admin" },
    spendingLimits: {},
    currency: "usd",
    discountPct: 12,
    buyers: [{ email: "buyer@globex.test", first_name: "Hank", last_name: "Scorpio", phone: "+1 415 555 0142" }],
    addresses: [
      {
        address_name: "Oakland DC",
        company: "Globex Trading LLC",
        first_name: "Hank",
        last_name: "Scorpio",
        address_1: "2100 Embarcadero",
        city: "Oakland",
        province: "CA",
        postal_code: "94606",
        country_code: "us",
        phone: "+1 415 555 0142",
        is_default_shipping: true,
        is_default_billing: true,
      },
      {
        address_name: "Singapore hub",
        company: "Globex Trading Pte. Ltd.",
        first_name: "Mei",
        last_name: "Tan",
        address_1: "30 Tuas Avenue 2",
        city: "Singapore",
        postal_code: "639461",
        country_code: "sg",
        phone: "+65 6555 0142",
      },
    ],
  },
  {
    key: "initech",
    name: "Initech Electronics (Shenzhen) Ltd.",
    aliases: ["Initech", "英特科", "Initech Shenzhen"],
    taxId: "91440300MA5F9INT02",
    locale: "zh-CN",
    roles: { "buyer@initech.test": "admin" },
    spendingLimits: {},
    currency: "cny",
    discountPct: 5,
    buyers: [{ email: "buyer@initech.test", first_name: "Jun", last_name: "Chen", phone: "+86 755 5555 0188" }],
    addresses: [
      {
        address_name: "Factory",
        company: "Initech Electronics (Shenzhen) Ltd.",
        first_name: "Jun",
        last_name: "Chen",
        address_1: "16 Keji South 12th Road",
        city: "Shenzhen",
        province: "Guangdong",
        postal_code: "518057",
        country_code: "cn",
        phone: "+86 755 5555 0188",
        is_default_shipping: true,
        is_default_billing: true,
      },
    ],
  },
] as const

/**
 * The seller's staff and their roles (Ordo's staff table): what each may do is
 * src/domain/staff-rights.ts. The admin is the manager (owner), who holds every right.
 */
export const STAFF = [
  { email: "admin@ordo.test", password: "ordo-admin", first_name: "Ordo", last_name: "Admin", roles: ["manager"] },
  { email: "sales@ordo.test", password: "ordo-staff", first_name: "Xiao", last_name: "Wang", roles: ["sales"] },
  {
    email: "salesmanager@ordo.test",
    password: "ordo-staff",
    first_name: "Mei",
    last_name: "Zhang",
    roles: ["sales", "sales_manager"],
  },
  { email: "finance@ordo.test", password: "ordo-staff", first_name: "Lei", last_name: "Zhou", roles: ["finance"] },
  { email: "warehouse@ordo.test", password: "ordo-staff", first_name: "Qiang", last_name: "Liu", roles: ["warehouse"] },
] as const

/** The demo seller's approval policy. */
export const APPROVAL_RULES = [
  {
    name: "Orders above 50,000 CNY",
    type: "order_total_above",
    amount: "50000",
    currency_code: "cny",
    levels: ["company_admin", "sales_manager"],
  },
  {
    name: "Orders above 200,000 CNY",
    type: "order_total_above",
    amount: "200000",
    currency_code: "cny",
    levels: ["company_admin", "sales_manager", "finance"],
  },
  {
    name: "Orders above 7,000 USD",
    type: "order_total_above",
    amount: "7000",
    currency_code: "usd",
    levels: ["company_admin", "sales_manager"],
  },
  { name: "Line discount above 15%", type: "line_discount_above", percent: "15", levels: ["sales_manager"] },
  { name: "Buyer over spending limit", type: "buyer_over_spending_limit", levels: ["company_admin"] },
  { name: "Company over credit limit", type: "company_over_credit_limit", levels: ["finance"] },
  { name: "Company on credit hold", type: "company_on_hold", levels: ["finance"] },
] as const

export const BUYER_PASSWORD = "ordo-buyer"
/** Demo credit terms per company (matched by legal-name prefix). */
export const CREDIT_TERMS = [
  { company: "Acme", terms: "net", net_days: 30, credit_limit: "2000000", invoice_on: "fulfillment" },
  { company: "Globex", terms: "eom", net_days: 15, credit_limit: "60000", invoice_on: "fulfillment" },
  { company: "Initech", terms: "net", net_days: 60, credit_limit: null, invoice_on: "fulfillment" },
] as const

/** The demo seller's reminder policy (days from the due date). */
export const DUNNING_LEVELS = [
  { name: "Friendly reminder", offset_days: -3, tone: "friendly", hold: false },
  { name: "Reminder", offset_days: 3, tone: "reminder", hold: false },
  { name: "Firm reminder", offset_days: 15, tone: "firm", hold: false },
  { name: "Final notice", offset_days: 30, tone: "final", hold: true },
] as const

/**
 * 1: catalogue, prices, stock, customers, staff. 2: company accounts with buyer roles.
 * 3: approval rules, staff approver roles, company address books.
 * 4: CNY prices VAT-inclusive in carts too; credit terms per company.
 * 5: staff-entry sales channel, opening FIFO cost layers, low-stock thresholds, warehouse role.
 * 6: staff roles in Ordo's staff table (no longer user metadata); sales manager, finance and
 *    warehouse demo staff.
 * 7: every order linked to the company it was placed for (company–order link).
 * 8: each demo company owned by a sales rep (SALES_REPS).
 */
export const SEED_VERSION = 8

/** Who owns each demo customer (company key → staff e-mail): Xiao Wang has two, Mei Zhang one. */
export const SALES_REPS: Record<string, string> = {
  acme: "sales@ordo.test",
  initech: "sales@ordo.test",
  globex: "salesmanager@ordo.test",
}

/** Opening stock is valued at this share of the CNY list price, net of 13 % VAT. */
export const OPENING_COST_SHARE = "0.62"

/** CNY list price in fen of every seeded SKU. */
export function listPricesInFen() {
  const fen = new Map<string, number>()
  for (const p of PRODUCTS) {
    p.values.forEach((v, i) => {
      fen.set(skuFor(p, v), p.baseFen + i * p.stepFen)
    })
  }
  return fen
}
