import { formatAmount } from "../domain/money"
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

/** Subject and text of an e-mail for a notification template, in the recipient company's language. */
export function renderMail(template: string, data: Record<string, any>): Mail {
  const lang: Lang = data.locale === "zh-CN" ? "zh-CN" : "en"
  if (template === "ordo-dunning") {
    const tone = (data.tone ?? "reminder") as keyof typeof LEVEL_TEXT
    const d = {
      ...data,
      balance: formatAmount(data.balance, data.currency_code ?? "cny"),
      seller: process.env.ORDO_SELLER_NAME ?? "Ordo Industrial Supply Co., Ltd.",
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
