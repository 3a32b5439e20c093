import { model } from "@medusajs/framework/utils"

export const ALERT_KINDS = ["product_order_drop", "customer_cadence_drop", "company_on_hold"] as const

/**
 * Something staff should look at: a product ordered much less than in the period before, a
 * customer ordering less often than usual, a company put on credit hold. `occurrence_key` is
 * unique, so one occurrence is raised (and mailed) once however often detection runs.
 */
export const Alert = model
  .define("alert", {
    id: model.id({ prefix: "alrt" }).primaryKey(),
    kind: model.enum([...ALERT_KINDS]),
    /** The product or company the alert is about. */
    subject_id: model.text(),
    subject_label: model.text(),
    occurrence_key: model.text().unique(),
    /** The sales rep who owns the company ('' for none or for a product): their dashboard shows it. */
    rep_id: model.text().default(""),
    /** The figures behind it: previous vs current orders and the drop, usual vs current gap, the hold. */
    details: model.json(),
    /** Roles (and "rep") it was sent to, and the addresses. */
    notified: model.json(),
    delivered_at: model.dateTime().nullable(),
    dismissed_at: model.dateTime().nullable(),
    dismissed_by: model.text().nullable(),
  })
  .indexes([{ on: ["dismissed_at", "created_at"] }])
