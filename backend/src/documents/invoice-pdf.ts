import { addressLines } from "../domain/invoice-document"
import { dec, formatAmount } from "../domain/money"
import type { InvoiceDocument } from "../queries/receivables/invoice-document"
import { day, type PdfLang, startPdf } from "./quote-pdf"

const TEXT = {
  en: {
    invoice: "Invoice",
    credit_note: "Credit note",
    deposit: "Deposit invoice",
    number: "Number",
    issued: "Issued",
    due: "Due",
    order: "Order no.",
    po: "PO number",
    terms: "Payment terms",
    billTo: "Bill to",
    shipTo: "Ship to",
    taxId: "Tax id",
    sku: "SKU",
    item: "Item",
    qty: "Qty",
    unit: "Unit price",
    vat: "VAT",
    amount: "Amount",
    subtotal: "Subtotal",
    tax: "Tax",
    total: "Total",
    totalInclVat: "Total (incl. VAT)",
    ofWhichVat: "of which VAT",
    paid: "Paid",
    balance: "Balance due",
    void: "VOID",
    seller: "Seller",
    bank: "Bank",
    account: "Account no.",
    quote: "Please quote {number} with your payment.",
    termWords: {
      prepaid: "Prepaid",
      cod: "Cash on delivery",
      deposit: "Deposit, balance net {days} days",
      net: "Net {days} days",
      eom: "End of month + {days} days",
    },
  },
  "zh-CN": {
    invoice: "发票",
    credit_note: "红字发票（贷项通知单）",
    deposit: "定金发票",
    number: "编号",
    issued: "开票日期",
    due: "到期日",
    order: "订单号",
    po: "采购单号",
    terms: "付款条件",
    billTo: "购买方",
    shipTo: "收货地址",
    taxId: "税号",
    sku: "SKU",
    item: "品名",
    qty: "数量",
    unit: "单价",
    vat: "税率",
    amount: "金额",
    subtotal: "不含税金额",
    tax: "税额",
    total: "合计",
    totalInclVat: "价税合计（含增值税）",
    ofWhichVat: "其中增值税",
    paid: "已付",
    balance: "应付余额",
    void: "已作废",
    seller: "销售方",
    bank: "开户行",
    account: "账号",
    quote: "付款时请注明 {number}。",
    termWords: {
      prepaid: "预付款",
      cod: "货到付款",
      deposit: "定金，余款 {days} 天内付清",
      net: "账期 {days} 天",
      eom: "月结 {days} 天",
    },
  },
} as const

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k) => String(v[k] ?? ""))

/** The payment terms in the document's language ("Net 30 days", "账期 30 天"). */
export function termsText(terms: InvoiceDocument["terms"], lang: PdfLang) {
  if (!terms) return "—"
  const words = TEXT[lang].termWords[terms.terms as keyof (typeof TEXT)["en"]["termWords"]]
  return words ? fill(words, { days: terms.net_days }) : terms.terms
}

/**
 * An invoice or credit note as a printable PDF in English or Chinese: seller with tax id and bank
 * details, buyer with tax id and addresses, order number, PO, terms and due date; lines whose
 * amount is unit price × quantity; "incl. VAT" with the VAT inside when prices include it.
 */
export function renderInvoicePdf(d: InvoiceDocument, lang: PdfLang): Promise<Buffer> {
  const t = TEXT[lang]
  const invoice = d.invoice as any
  const cur = invoice.currency_code as string
  const money = (x: unknown) => formatAmount(x, cur).replace(` ${cur.toUpperCase()}`, "")
  const { doc, done } = startPdf(invoice.number, d.seller)
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  doc
    .fontSize(20)
    .text(
      `${t[invoice.kind as "invoice"] ?? t.invoice}  ${invoice.number}${invoice.status === "void" ? `  (${t.void})` : ""}`,
    )
  doc.moveDown(0.5).fontSize(10)

  // Buyer (bill to, with tax id) and ship-to side by side.
  const top = doc.y
  const half = width / 2 - 8
  doc.text(t.billTo, left, top, { width: half, underline: true })
  for (const l of [
    d.buyer.name,
    `${t.taxId}: ${d.buyer.tax_id ?? "—"}`,
    ...addressLines(d.buyer.billing_address).filter((l) => l !== d.buyer.name),
  ])
    doc.text(l, { width: half })
  const leftEnd = doc.y
  doc.text(t.shipTo, left + half + 16, top, { width: half, underline: true })
  for (const l of addressLines(d.buyer.shipping_address)) doc.text(l, left + half + 16, doc.y, { width: half })
  doc.x = left
  doc.y = Math.max(leftEnd, doc.y)
  doc.moveDown()

  for (const [k, v] of [
    [t.issued, day(invoice.issued_at)],
    [t.due, day(invoice.due_at)],
    [t.order, d.order ? `#${d.order.display_id}` : "—"],
    [t.po, d.po_number ?? "—"],
    [t.terms, termsText(d.terms, lang)],
  ])
    doc.text(`${k}: ${v}`, left)
  doc.moveDown()

  const cols = [
    { h: t.sku, w: 80 },
    { h: t.item, w: 170 },
    { h: t.qty, w: 40, right: true },
    { h: t.unit, w: 75, right: true },
    { h: t.vat, w: 40, right: true },
    { h: t.amount, w: 90, right: true },
  ]
  const row = (cells: string[]) => {
    const y = doc.y
    let x = left
    let h = 0
    cells.forEach((c, i) => {
      doc.text(c, x, y, { width: cols[i].w - 4, align: cols[i].right ? "right" : "left" })
      h = Math.max(h, doc.y - y)
      x += cols[i].w
    })
    doc.x = left
    doc.y = y + h + 4
    if (doc.y > doc.page.height - 120) doc.addPage()
  }
  doc.fontSize(9)
  row(cols.map((c) => c.h))
  // A line's amount is what it costs as priced: unit price × quantity (with VAT inside when prices include it).
  for (const l of invoice.lines ?? []) {
    const amount = d.prices_include_tax ? l.total : l.subtotal
    row([
      l.sku ?? "",
      l.title,
      String(l.quantity),
      money(l.unit_price),
      `${dec(l.tax_rate).toString()}%`,
      money(amount),
    ])
  }
  doc.moveDown().fontSize(10)
  const summary: [string, unknown][] = d.prices_include_tax
    ? [
        [t.totalInclVat, invoice.total],
        [t.ofWhichVat, invoice.tax_total],
      ]
    : [
        [t.subtotal, invoice.subtotal],
        [t.tax, invoice.tax_total],
        [t.total, invoice.total],
      ]
  for (const [k, v] of [...summary, [t.paid, invoice.paid_total] as const, [t.balance, invoice.balance] as const])
    doc.text(`${k}: ${formatAmount(v, cur)}`, left, doc.y, { width, align: "right" })

  // Where to pay: the seller's tax id and bank account.
  doc.moveDown().fontSize(9)
  doc.text(`${t.seller}: ${d.seller.name}`, left)
  doc.text(`${t.taxId}: ${d.seller.tax_id ?? "—"}`, left)
  if (d.seller.bank_name) doc.text(`${t.bank}: ${d.seller.bank_name}`, left)
  if (d.seller.bank_account) doc.text(`${t.account}: ${d.seller.bank_account}`, left)
  if (invoice.kind !== "credit_note") doc.text(fill(t.quote, { number: invoice.number }), left)
  doc.end()
  return done
}
