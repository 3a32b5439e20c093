import { formatAmount } from "../domain/money"

/**
 * The alert mail to staff. A staff member's language is not known (the admin's language is a
 * browser setting), so one mail says it in English and then in Chinese.
 */
export function alertMail(d: Record<string, any>): { subject: string; text: string } {
  const name = String(d.subject_label ?? "")
  const [en, zh] =
    d.kind === "product_order_drop"
      ? [
          {
            subject: `Orders down ${d.drop_percent} %: ${name}`,
            lines: [
              `${name} had ${d.current_orders} order(s) in the last ${d.period_days} days, against ${d.previous_orders} in the ${d.period_days} days before: down ${d.drop_percent} % (alert at ${d.threshold_percent} %).`,
            ],
          },
          {
            subject: `订单下降 ${d.drop_percent}%：${name}`,
            lines: [
              `${name} 最近 ${d.period_days} 天共 ${d.current_orders} 笔订单，之前 ${d.period_days} 天为 ${d.previous_orders} 笔，下降 ${d.drop_percent}%（提醒阈值 ${d.threshold_percent}%）。`,
            ],
          },
        ]
      : d.kind === "customer_cadence_drop"
        ? [
            {
              subject: `Ordering less often: ${name}`,
              lines: [
                `${name} usually orders every ${d.usual_gap_days} days; the last order was ${d.days_since} days ago (${d.last_order_day}).`,
              ],
            },
            {
              subject: `下单频率下降：${name}`,
              lines: [
                `${name} 通常每 ${d.usual_gap_days} 天下单一次，最近一次下单是在 ${d.days_since} 天前（${d.last_order_day}）。`,
              ],
            },
          ]
        : [
            {
              subject: `Credit hold: ${name}`,
              lines: [
                `${name} was put on credit hold${d.reason ? `: ${d.reason}` : ""}.`,
                d.currency_code ? `Overdue balance: ${formatAmount(d.overdue_balance, d.currency_code)}` : null,
              ],
            },
            {
              subject: `暂停赊销：${name}`,
              lines: [
                `${name} 已被暂停赊销${d.reason ? `：${d.reason}` : ""}。`,
                d.currency_code ? `逾期未付金额：${formatAmount(d.overdue_balance, d.currency_code)}` : null,
              ],
            },
          ]
  return {
    subject: `${en.subject} / ${zh.subject}`,
    text: [
      ...en.lines,
      d.admin_url ? `Open it: ${d.admin_url}` : null,
      d.dashboard_url ? `Dashboard: ${d.dashboard_url}` : null,
      "",
      ...zh.lines,
      d.admin_url ? `查看：${d.admin_url}` : null,
    ]
      .filter((l) => l !== null)
      .join("\n"),
  }
}
