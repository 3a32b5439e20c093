import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RaisedAlert } from "../../../modules/alert/service"
import { alertRecipients } from "../../../queries/reporting/alerts"
import { alertLink } from "../../../queries/reporting/dashboard"

export const notifyAlertsStepId = "ordo-notify-alerts"

export type AlertDelivery = { id: string; roles: string[]; emails: string[] }

/**
 * Mails each newly raised alert to its recipients (queries/reporting/alerts.ts alertRecipients)
 * through Medusa's notification module, keyed per occurrence and address so a retried step sends
 * nothing twice. A sent mail cannot be unsent: no compensation, so the workflow notifies last.
 */
export const notifyAlertsStep = createStep(notifyAlertsStepId, async (alerts: RaisedAlert[], { container }) => {
  const backend = (process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000").replace(/\/+$/, "")
  const deliveries: AlertDelivery[] = []
  for (const alert of alerts) {
    const { roles, emails } = await alertRecipients(container, alert)
    if (emails.length) {
      await container.resolve(Modules.NOTIFICATION).createNotifications(
        emails.map((email) => ({
          to: email,
          channel: "email",
          template: "ordo-alert",
          data: {
            kind: alert.kind,
            subject_label: alert.subject_label,
            ...alert.details,
            admin_url: `${backend}/app${alertLink(alert)}`,
            dashboard_url: `${backend}/app/dashboard`,
          },
          idempotency_key: `ordo-alert:${alert.occurrence_key}:${email}`,
        })),
      )
    }
    deliveries.push({ id: alert.id, roles, emails })
  }
  return new StepResponse(deliveries)
})
