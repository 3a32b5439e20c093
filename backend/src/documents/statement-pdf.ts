import { formatAmount } from "../domain/money"
import type { companyStatement } from "../queries/receivables/reports"
import { type PdfLang, startPdf } from "./quote-pdf"

const TEXT = {
  en: {
    title: "Statement of account",
    period: "Period",
    opening: "Opening balance",
    closing: "Closing balance",
    date: "Date",
    entry: "Entry",
    ref: "Reference",
    debit: "Debit",
    credit: "Credit",
    balance: "Balance",
  },
  "zh-CN": {
    title: "对账单",
    period: "期间",
    opening: "期初余额",
    closing: "期末余额",
    date: "日期",
    entry: "项目",
    ref: "参考号",
    debit: "借方",
    credit: "贷方",
    balance: "余额",
  },
} as const

/** A statement of account as PDF, in English or Chinese. */
export function renderStatementPdf(s: Awaited<ReturnType<typeof companyStatement>>, lang: PdfLang): Promise<Buffer> {
  const t = TEXT[lang]
  const cur = s.currency_code
  const { doc, done } = startPdf(`${t.title} ${s.from} – ${s.to}`, s.seller)
  doc.fontSize(18).text(`${t.title} — ${s.company.legal_name}`)
  doc.fontSize(10).text(`${t.period}: ${s.from} – ${s.to}`).moveDown()
  const widths = [70, 110, 120, 70, 70, 75]
  const row = (cells: string[]) => {
    const y = doc.y
    let x = doc.page.margins.left
    cells.forEach((c, i) => {
      doc.text(c, x, y, { width: widths[i] - 4, align: i >= 3 ? "right" : "left" })
      x += widths[i]
    })
    doc.x = doc.page.margins.left
    doc.y = y + 14
    if (doc.y > doc.page.height - 80) doc.addPage()
  }
  const m = (x: string) => (x ? formatAmount(x, cur) : "")
  doc.fontSize(9)
  row([t.date, t.entry, t.ref, t.debit, t.credit, t.balance])
  row([s.from, t.opening, "", "", "", m(s.opening_balance)])
  for (const l of s.lines) row([l.date, l.kind, l.reference, m(l.debit), m(l.credit), m(l.balance)])
  row([s.to, t.closing, "", "", "", m(s.closing_balance)])
  doc.end()
  return done
}
