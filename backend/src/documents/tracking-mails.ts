/** Subject and text of one e-mail (the same shape renderMail returns). */
type Mail = { subject: string; text: string }

type Lang = "en" | "zh-CN"
type D = Record<string, any>

const STATUS_TEXT: Record<string, { en: string; "zh-CN": string }> = {
  FAILURE: { en: "a delivery problem", "zh-CN": "派送异常" },
  RETURNED: { en: "returned to the sender", "zh-CN": "已退回寄件人" },
}
const po = (d: D, lang: Lang) =>
  d.po_number ? (lang === "zh-CN" ? `（采购单号 ${d.po_number}）` : ` (PO ${d.po_number})`) : ""
const carrier = (d: D, lang: Lang) => (lang === "zh-CN" ? (d.carrier_name_zh ?? d.carrier_name) : d.carrier_name)

/** Shipping mails (ADR 021): shipped, delivered, a delivery problem — to the buyer, and the problem to staff. */
export const TRACKING_MAILS: Record<string, Record<Lang, (d: D) => Mail>> = {
  "ordo-order-shipped": {
    en: (d) => ({
      subject: `Order #${d.order_display_id}${po(d, "en")} has shipped`,
      text: `Hello,\n\nYour order #${d.order_display_id}${po(d, "en")} is on its way with ${carrier(d, "en")}, tracking number ${d.tracking_number}.\nFollow it here: ${d.track_link}\n\n${d.seller}`,
    }),
    "zh-CN": (d) => ({
      subject: `订单 #${d.order_display_id}${po(d, "zh-CN")} 已发货`,
      text: `您好：\n\n您的订单 #${d.order_display_id}${po(d, "zh-CN")} 已由${carrier(d, "zh-CN")}发出，运单号 ${d.tracking_number}。\n物流跟踪：${d.track_link}\n\n${d.seller}`,
    }),
  },
  "ordo-order-delivered": {
    en: (d) => ({
      subject: `Order #${d.order_display_id}${po(d, "en")} was delivered`,
      text: `Hello,\n\n${carrier(d, "en")} delivered the parcel ${d.tracking_number} of order #${d.order_display_id}${po(d, "en")}${d.at ? ` on ${d.at}` : ""}.\n${d.track_link}\n\n${d.seller}`,
    }),
    "zh-CN": (d) => ({
      subject: `订单 #${d.order_display_id}${po(d, "zh-CN")} 已签收`,
      text: `您好：\n\n订单 #${d.order_display_id}${po(d, "zh-CN")} 的包裹（${carrier(d, "zh-CN")} ${d.tracking_number}）${d.at ? `已于 ${d.at} ` : "已"}签收。\n${d.track_link}\n\n${d.seller}`,
    }),
  },
  "ordo-shipment-exception": {
    en: (d) => ({
      subject: `Order #${d.order_display_id}: ${STATUS_TEXT[d.status]?.en ?? d.status}`,
      text: `Hello,\n\nThe parcel ${d.tracking_number} (${carrier(d, "en")}) of order #${d.order_display_id}${po(d, "en")} reports ${STATUS_TEXT[d.status]?.en ?? d.status}${d.details ? `: ${d.details}` : ""}.\nWe are looking into it and will contact you. ${d.track_link}\n\n${d.seller}`,
    }),
    "zh-CN": (d) => ({
      subject: `订单 #${d.order_display_id}：${STATUS_TEXT[d.status]?.["zh-CN"] ?? d.status}`,
      text: `您好：\n\n订单 #${d.order_display_id}${po(d, "zh-CN")} 的包裹（${carrier(d, "zh-CN")} ${d.tracking_number}）显示${STATUS_TEXT[d.status]?.["zh-CN"] ?? d.status}${d.details ? `：${d.details}` : ""}。\n我们正在处理，会尽快与您联系。${d.track_link}\n\n${d.seller}`,
    }),
  },
  "ordo-shipment-exception-staff": {
    en: (d) => ({
      subject: `Parcel problem: order #${d.order_display_id}, ${d.carrier_name} ${d.tracking_number} — ${STATUS_TEXT[d.status]?.en ?? d.status}`,
      text: `Order #${d.order_display_id}${po(d, "en")} of ${d.company_name ?? d.email}: ${d.carrier_name} ${d.tracking_number} reports ${STATUS_TEXT[d.status]?.en ?? d.status}${d.details ? ` (${d.details})` : ""}.\nThe buyer was told. Open the order: ${d.admin_link}`,
    }),
    "zh-CN": (d) => ({
      subject: `包裹异常：订单 #${d.order_display_id}，${carrier(d, "zh-CN")} ${d.tracking_number} — ${STATUS_TEXT[d.status]?.["zh-CN"] ?? d.status}`,
      text: `${d.company_name ?? d.email} 的订单 #${d.order_display_id}${po(d, "zh-CN")}：${carrier(d, "zh-CN")} ${d.tracking_number} 显示${STATUS_TEXT[d.status]?.["zh-CN"] ?? d.status}${d.details ? `（${d.details}）` : ""}。\n已通知买方。查看订单：${d.admin_link}`,
    }),
  },
}
