import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import PDFDocument from "pdfkit"
import { dec, formatAmount } from "../domain/money"
import type { QuoteLine } from "../domain/quote-pricing"

import type { PdfLang } from "./lang"

export type { PdfLang }

const TEXT = {
  en: {
    title: "Quotation",
    number: "Quote no.",
    version: "Version",
    date: "Date",
    validUntil: "Valid until",
    customer: "Customer",
    contact: "Contact",
    po: "PO number",
    sku: "SKU",
    item: "Item",
    qty: "Qty",
    list: "List price",
    discount: "Disc.",
    unit: "Unit price",
    amount: "Amount",
    total: "Total",
    taxIncl: "Prices include VAT.",
    taxExcl: "Prices exclude tax.",
    note: "Note",
    status: {
      draft: "Draft",
      sent: "Sent",
      accepted: "Accepted",
      rejected: "Rejected",
      expired: "Expired",
      ordered: "Ordered",
    },
  },
  "zh-CN": {
    title: "报价单",
    number: "报价单号",
    version: "版本",
    date: "日期",
    validUntil: "有效期至",
    customer: "客户",
    contact: "联系人",
    po: "采购单号",
    sku: "SKU",
    item: "品名",
    qty: "数量",
    list: "目录价",
    discount: "折扣",
    unit: "单价",
    amount: "金额",
    total: "合计",
    taxIncl: "以上价格含增值税。",
    taxExcl: "以上价格不含税。",
    note: "备注",
    status: {
      draft: "草稿",
      sent: "已发送",
      accepted: "已接受",
      rejected: "已拒绝",
      expired: "已过期",
      ordered: "已下单",
    },
  },
} as const

/** The seller's letterhead; set per deployment through the environment. */
export const SELLER = {
  name: process.env.ORDO_SELLER_NAME ?? "Ordo Industrial Supply Co., Ltd.",
  address: process.env.ORDO_SELLER_ADDRESS ?? "88 Century Avenue, Pudong, Shanghai 200120, China",
  contact: process.env.ORDO_SELLER_CONTACT ?? "sales@ordo.test · +86 21 5555 0100",
}

// Noto Sans SC (SIL OFL) from npm covers Latin and Chinese; pdfkit embeds only the glyphs used.
let fontCache: Buffer | undefined
export const cjkFont = () => {
  fontCache ??= readFileSync(
    createRequire(__filename).resolve("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"),
  )
  return fontCache
}

/**
 * A new A4 document in Noto Sans SC with the seller's letterhead, and the finished bytes once
 * `doc.end()` is called. Shared by quote, invoice and statement PDFs; invoices pass the seller from
 * the store's settings.
 */
export function startPdf(title: string, seller: { name: string; address: string; contact?: string | null } = SELLER) {
  const doc = new PDFDocument({ size: "A4", margin: 48, info: { Title: title } })
  doc.registerFont("body", cjkFont())
  doc.font("body")
  const chunks: Buffer[] = []
  doc.on("data", (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))))
  doc.fontSize(16).text(seller.name)
  doc.fontSize(9).fillColor("#555").text(seller.address)
  if (seller.contact) doc.text(seller.contact)
  doc.fillColor("#000").moveDown()
  return { doc, done }
}

export const day = (d: unknown) => (d ? new Date(d as string).toISOString().slice(0, 10) : "—")

/** Renders a quote's current version as a one-document PDF in English or Chinese. */
export function renderQuotePdf(quote: any, lang: PdfLang): Promise<Buffer> {
  const t = TEXT[lang]
  const version = quote.versions.find((v: any) => v.version === quote.current_version) ?? quote.versions.at(-1)
  const lines = (version?.lines ?? []) as QuoteLine[]
  const cur = quote.currency_code as string
  const { doc, done } = startPdf(`${t.title} Q-${quote.display_id}`)
  doc.fontSize(20).text(`${t.title}  Q-${quote.display_id}`)
  doc.fontSize(10)
  const meta: [string, string][] = [
    [t.version, `${quote.current_version} (${t.status[quote.status as keyof typeof t.status] ?? quote.status})`],
    [t.date, day(quote.sent_at ?? quote.created_at)],
    [t.validUntil, day(quote.valid_until)],
    [t.customer, quote.company_name ?? ""],
    [t.contact, quote.customer_name ?? ""],
    [t.po, quote.po_number ?? "—"],
  ]
  for (const [k, v] of meta) doc.text(`${k}: ${v}`)
  doc.moveDown()

  const cols = [
    { h: t.sku, w: 80 },
    { h: t.item, w: 150 },
    { h: t.qty, w: 40, right: true },
    { h: t.list, w: 65, right: true },
    { h: t.discount, w: 45, right: true },
    { h: t.unit, w: 65, right: true },
    { h: t.amount, w: 70, right: true },
  ]
  const row = (cells: string[], bold = false) => {
    const y = doc.y
    let x = doc.page.margins.left
    let height = 0
    cells.forEach((c, i) => {
      const col = cols[i]
      doc.fillColor(bold ? "#000" : "#222").text(c, x, y, { width: col.w - 4, align: col.right ? "right" : "left" })
      height = Math.max(height, doc.y - y)
      x += col.w
    })
    doc.x = doc.page.margins.left
    doc.y = y + height + 4
    if (doc.y > doc.page.height - 100) doc.addPage()
  }
  doc.fontSize(9)
  row(
    cols.map((c) => c.h),
    true,
  )
  doc
    .moveTo(doc.page.margins.left, doc.y - 2)
    .lineTo(doc.page.width - doc.page.margins.right, doc.y - 2)
    .stroke()
  for (const l of lines) {
    row([
      l.sku,
      (lang === "zh-CN" && (l as QuoteLine & { title_zh?: string | null }).title_zh) || l.title,
      String(l.quantity),
      formatAmount(l.list_price, cur).replace(` ${cur.toUpperCase()}`, ""),
      `${l.discount_percent}%`,
      formatAmount(l.unit_price, cur).replace(` ${cur.toUpperCase()}`, ""),
      formatAmount(lineAmount(l), cur).replace(` ${cur.toUpperCase()}`, ""),
    ])
  }
  doc.moveDown()
  doc.fontSize(12).text(`${t.total}: ${formatAmount(version?.total ?? 0, cur)}`, { align: "right" })
  doc.fontSize(9).text(lines.some((l) => l.tax_inclusive) ? t.taxIncl : t.taxExcl, { align: "right" })
  if (version?.note) {
    doc.moveDown().fontSize(10).text(`${t.note}: ${version.note}`)
  }
  doc.end()
  return done
}

const lineAmount = (l: QuoteLine) => dec(l.unit_price).times(l.quantity)
