import { formatAmount } from "../domain/money"
import { day, type PdfLang, startPdf } from "./quote-pdf"

const TEXT = {
  en: {
    invoice: "Invoice",
    credit_note: "Credit note",
    deposit: "Deposit invoice",
    number: "Number",
    issued: "Issued",
    due: "Due",
    customer: "Customer",
    sku: "SKU",
    item: "Item",
    qty: "Qty",
    unit: "Unit price",
    tax: "Tax",
    amount: "Amount",
    subtotal: "Subtotal",
    total: "Total",
    paid: "Paid",
    balance: "Balance due",
    void: "VOID",
  },
  "zh-CN": {
    invoice: "发票",
    credit_note: "贷项通知单",
    deposit: "定金发票",
    number: "编号",
    issued: "开票日期",
    due: "到期日",
    customer: "客户",
    sku: "SKU",
    item: "品名",
    qty: "数量",
    unit: "单价",
    tax: "税额",
    amount: "金额",
    subtotal: "不含税金额",
    total: "合计",
    paid: "已付",
    balance: "应付余额",
    void: "已作废",
  },
} as const

/** An invoice or credit note as a printable PDF in English or Chinese. */
export function renderInvoicePdf(invoice: any, companyName: string, lang: PdfLang): Promise<Buffer> {
  const t = TEXT[lang]
  const cur = invoice.currency_code as string
  const money = (x: unknown) => formatAmount(x, cur).replace(` ${cur.toUpperCase()}`, "")
  const { doc, done } = startPdf(invoice.number)
  doc
    .fontSize(20)
    .text(
      `${t[invoice.kind as "invoice"] ?? t.invoice}  ${invoice.number}${invoice.status === "void" ? `  (${t.void})` : ""}`,
    )
  doc.fontSize(10)
  for (const [k, v] of [
    [t.issued, day(invoice.issued_at)],
    [t.due, day(invoice.due_at)],
    [t.customer, companyName],
  ])
    doc.text(`${k}: ${v}`)
  doc.moveDown()
  const cols = [
    { h: t.sku, w: 80 },
    { h: t.item, w: 170 },
    { h: t.qty, w: 40, right: true },
    { h: t.unit, w: 70, right: true },
    { h: t.tax, w: 60, right: true },
    { h: t.amount, w: 80, right: true },
  ]
  const row = (cells: string[]) => {
    const y = doc.y
    let x = doc.page.margins.left
    let h = 0
    cells.forEach((c, i) => {
      doc.text(c, x, y, { width: cols[i].w - 4, align: cols[i].right ? "right" : "left" })
      h = Math.max(h, doc.y - y)
      x += cols[i].w
    })
    doc.x = doc.page.margins.left
    doc.y = y + h + 4
    if (doc.y > doc.page.height - 120) doc.addPage()
  }
  doc.fontSize(9)
  row(cols.map((c) => c.h))
  for (const l of invoice.lines ?? []) {
    row([l.sku ?? "", l.title, String(l.quantity), money(l.unit_price), money(l.tax_total), money(l.total)])
  }
  doc.moveDown().fontSize(10)
  for (const [k, v] of [
    [t.subtotal, invoice.subtotal],
    [t.tax, invoice.tax_total],
    [t.total, invoice.total],
    [t.paid, invoice.paid_total],
    [t.balance, invoice.balance],
  ])
    doc.text(`${k}: ${formatAmount(v, cur)}`, { align: "right" })
  doc.end()
  return done
}
