import { formatAmount } from "../domain/money"
import { alertMail } from "./alert-mails"
import { TRACKING_MAILS } from "./tracking-mails"

export type Mail = { subject: string; text: string }
type Lang = "en" | "zh-CN"

const LEVEL_TEXT = {
  friendly: {
    en: (d: any) => ({
      subject: `Reminder: invoice ${d.invoice_number} is due on ${d.due_date}`,
      text: `Dear ${d.company_name},\n\nA friendly reminder that invoice ${d.invoice_number} (${d.balance}) is due on ${d.due_date}.\nIf you have already paid, please ignore this message.\n\n${d.seller}`,
    }),
    "zh-CN": (d: any) => ({
      subject: `温馨提示：发票 ${d.invoice_number} 将于 ${d.due_date} 到期`,
      text: `${d.company_name}：\n\n发票 ${d.invoice_number}（未付金额 ${d.balance}）将于 ${d.due_date} 到期。如已付款，请忽略本邮件。\n\n${d.seller}`,
    }),
  },
  reminder: {
    en: (d: any) => ({
      subject: `Invoice ${d.invoice_number} is ${d.days_overdue} days overdue`,
      text: `Dear ${d.company_name},\n\nInvoice ${d.invoice_number} was due on ${d.due_date}; ${d.balance} is still open.\nPlease arrange payment.\n\n${d.seller}`,
    }),
    "zh-CN": (d: any) => ({
      subject: `发票 ${d.invoice_number} 已逾期 ${d.days_overdue} 天`,
      text: `${d.company_name}：\n\n发票 ${d.invoice_number} 已于 ${d.due_date} 到期，尚有 ${d.balance} 未付。请尽快安排付款。\n\n${d.seller}`,
    }),
  },
  firm: {
    en: (d: any) => ({
      subject: `Second notice: invoice ${d.invoice_number} is ${d.days_overdue} days overdue`,
      text: `Dear ${d.company_name},\n\nInvoice ${d.invoice_number} (${d.balance}) is now ${d.days_overdue} days overdue. Please pay within 7 days to avoid a hold on your account.\n\n${d.seller}`,
    }),
    "zh-CN": (d: any) => ({
      subject: `第二次催款：发票 ${d.invoice_number} 已逾期 ${d.days_overdue} 天`,
      text: `${d.company_name}：\n\n发票 ${d.invoice_number}（${d.balance}）已逾期 ${d.days_overdue} 天。请于 7 天内付款，以免账户被暂停赊销。\n\n${d.seller}`,
    }),
  },
  final: {
    en: (d: any) => ({
      subject: `Final notice: invoice ${d.invoice_number}; your account is on hold`,
      text: `Dear ${d.company_name},\n\nInvoice ${d.invoice_number} (${d.balance}) is ${d.days_overdue} days overdue. New orders on account are on hold until it is paid.\n\n${d.seller}`,
    }),
    "zh-CN": (d: any) => ({
      subject: `最后通知：发票 ${d.invoice_number}，您的账户已暂停赊销`,
      text: `${d.company_name}：\n\n发票 ${d.invoice_number}（${d.balance}）已逾期 ${d.days_overdue} 天。在付清之前，新的赊销订单将暂停。\n\n${d.seller}`,
    }),
  },
} as const

const seller = () => process.env.ORDO_SELLER_NAME ?? "Ordo Industrial Supply Co., Ltd."
const money = (amount: unknown, currency?: string) => formatAmount(amount ?? 0, currency ?? "cny")
type Line = { sku?: string | null; title?: string | null; quantity: number }
const lineList = (lines: Line[] | undefined) =>
  (lines ?? []).map((l) => `  ${l.sku || l.title || "?"} × ${l.quantity}`).join("\n")

/** The mails about orders, invoices, quotes and credit, each as (data) → subject and text, per language. */
const TEMPLATES: Record<string, Record<Lang, (d: Record<string, any>) => Mail>> = {
  "ordo-order-confirmed": {
    en: (d) => ({
      subject: `Order #${d.order_display_id} confirmed${d.po_number ? ` (PO ${d.po_number})` : ""}`,
      text: [
        `Dear ${d.company_name || "customer"},`,
        "",
        `Thank you: your order #${d.order_display_id} is confirmed.`,
        d.po_number ? `Your PO number: ${d.po_number}` : null,
        "",
        "Lines:",
        lineList(d.lines),
        "",
        `Total: ${money(d.total, d.currency_code)}`,
        "",
        `See the order: ${d.order_url}`,
        "",
        seller(),
      ]
        .filter((l) => l !== null)
        .join("\n"),
    }),
    "zh-CN": (d) => ({
      subject: `订单 #${d.order_display_id} 已确认${d.po_number ? `（采购单号 ${d.po_number}）` : ""}`,
      text: [
        `${d.company_name || "尊敬的客户"}：`,
        "",
        `感谢您的订购，订单 #${d.order_display_id} 已确认。`,
        d.po_number ? `采购单号：${d.po_number}` : null,
        "",
        "订单明细：",
        lineList(d.lines),
        "",
        `合计：${money(d.total, d.currency_code)}`,
        "",
        `查看订单：${d.order_url}`,
        "",
        seller(),
      ]
        .filter((l) => l !== null)
        .join("\n"),
    }),
  },
  "ordo-invoice-issued": {
    en: (d) => {
      const what = d.kind === "credit_note" ? "Credit note" : d.kind === "deposit" ? "Deposit invoice" : "Invoice"
      return {
        subject: `${what} ${d.invoice_number}${d.order_display_id ? ` for order #${d.order_display_id}` : ""}`,
        text: [
          `Dear ${d.company_name},`,
          "",
          `Please find ${what.toLowerCase()} ${d.invoice_number} attached (PDF).`,
          d.po_number ? `Your PO number: ${d.po_number}` : null,
          `Amount: ${money(d.total, d.currency_code)}`,
          d.kind === "credit_note" || !d.due_date ? null : `Due: ${d.due_date}`,
          "",
          seller(),
        ]
          .filter((l) => l !== null)
          .join("\n"),
      }
    },
    "zh-CN": (d) => {
      const what = d.kind === "credit_note" ? "贷项通知单" : d.kind === "deposit" ? "定金发票" : "发票"
      return {
        subject: `${what} ${d.invoice_number}${d.order_display_id ? `（订单 #${d.order_display_id}）` : ""}`,
        text: [
          `${d.company_name}：`,
          "",
          `随函附上${what} ${d.invoice_number}（PDF）。`,
          d.po_number ? `采购单号：${d.po_number}` : null,
          `金额：${money(d.total, d.currency_code)}`,
          d.kind === "credit_note" || !d.due_date ? null : `到期日：${d.due_date}`,
          "",
          seller(),
        ]
          .filter((l) => l !== null)
          .join("\n"),
      }
    },
  },
  "ordo-quote-accepted": {
    en: (d) => ({
      subject: `Quote Q-${d.quote_display_id} was accepted: ready to become a sales order`,
      text: [
        `${d.company_name} accepted quote Q-${d.quote_display_id} (version ${d.version}).`,
        d.po_number ? `Their PO number: ${d.po_number}` : null,
        d.order_display_id
          ? `Order #${d.order_display_id}${d.order_status === "requires_approval" ? " waits for the company's approval." : " is placed."}`
          : null,
        d.admin_url ? `Open it: ${d.admin_url}` : null,
      ]
        .filter((l) => l !== null)
        .join("\n"),
    }),
    "zh-CN": (d) => ({
      subject: `报价单 Q-${d.quote_display_id} 已确认，可转为销售订单`,
      text: [
        `${d.company_name} 已确认报价单 Q-${d.quote_display_id}（第 ${d.version} 版）。`,
        d.po_number ? `客户采购单号：${d.po_number}` : null,
        d.order_display_id
          ? `订单 #${d.order_display_id}${d.order_status === "requires_approval" ? " 正在等待客户内部审批。" : " 已下单。"}`
          : null,
        d.admin_url ? `查看：${d.admin_url}` : null,
      ]
        .filter((l) => l !== null)
        .join("\n"),
    }),
  },
  "ordo-credit-hold": {
    en: (d) => ({
      subject: `Credit hold: ${d.company_name}`,
      text: [
        `${d.company_name} is now on credit hold${d.source === "manual" ? " (set by hand)" : " (overdue invoices)"}.`,
        `Reason: ${d.reason || "not given"}`,
        `Overdue balance: ${money(d.overdue_balance, d.currency_code)}`,
        "New orders on account wait until the hold is lifted.",
      ].join("\n"),
    }),
    "zh-CN": (d) => ({
      subject: `暂停赊销：${d.company_name}`,
      text: [
        `${d.company_name} 的账户已暂停赊销${d.source === "manual" ? "（手动设置）" : "（发票逾期）"}。`,
        `原因：${d.reason || "未填写"}`,
        `逾期未付金额：${money(d.overdue_balance, d.currency_code)}`,
        "在解除暂停之前，新的赊销订单将暂停处理。",
      ].join("\n"),
    }),
  },
}

/** Subject and text of an e-mail for a notification template, in the recipient company's language. */
export function renderMail(template: string, data: Record<string, any>): Mail {
  const lang: Lang = data.locale === "zh-CN" ? "zh-CN" : "en"
  const known = TEMPLATES[template]
  if (known) return known[lang](data)
  if (template === "ordo-alert") return alertMail(data)
  if (template === "ordo-dunning") {
    const tone = (data.tone ?? "reminder") as keyof typeof LEVEL_TEXT
    const d = {
      ...data,
      balance: formatAmount(data.balance, data.currency_code ?? "cny"),
      seller: seller(),
    }
    return (LEVEL_TEXT[tone] ?? LEVEL_TEXT.reminder)[lang](d)
  }
  const tracking = TRACKING_MAILS[template]
  if (tracking) {
    return tracking[lang]({ ...data, seller: process.env.ORDO_SELLER_NAME ?? "Ordo Industrial Supply Co., Ltd." })
  }
  if (template === "ordo-password-reset") {
    return lang === "zh-CN"
      ? {
          subject: "重置您的 Ordo 密码",
          text: `您好：\n\n请在 15 分钟内打开以下链接设置新密码（链接仅可使用一次）：\n${data.link}\n\n如果不是您本人申请，请忽略本邮件，您的密码不会改变。`,
        }
      : {
          subject: "Reset your Ordo password",
          text: `Hello,\n\nOpen this link within 15 minutes to choose a new password (it works once):\n${data.link}\n\nIf you did not ask for this, ignore this e-mail; your password stays as it is.`,
        }
  }
  const subjects: Record<string, string> = {
    "ordo-approval-requested": `Order #${data.order_display_id} waits for your approval`,
    "ordo-approval-decided": `Order #${data.order_display_id} was ${data.status}`,
    "ordo-quote-requested": `New request for quote Q-${data.quote_display_id}`,
    "ordo-quote-sent": `Your quote Q-${data.quote_display_id} is ready`,
    "ordo-company-invite": `You are invited to order for ${data.company_name}`,
    "ordo-low-stock": `Low stock: ${data.sku} at ${data.location_name} (${data.available} available, threshold ${data.threshold})`,
  }
  const body = Object.entries(data)
    .filter(([, v]) => v != null && typeof v !== "object")
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n")
  return { subject: subjects[template] ?? template, text: body }
}
