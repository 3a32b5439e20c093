import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PlannedNotice } from "../../../domain/dunning"
import { balanceOf } from "../../../domain/invoice-math"

export const sendDunningMailsStepId = "ordo-send-dunning-mails"

/**
 * Mails each reminder in the company's language through Medusa's notification module, keyed so a
 * retried step sends nothing twice. A sent mail cannot be unsent: no compensation.
 */
export const sendDunningMailsStep = createStep(
  sendDunningMailsStepId,
  async (notices: PlannedNotice[], { container }) => {
    const mails = notices.flatMap((n) =>
      n.recipients.map((email) => ({
        to: email,
        channel: "email",
        template: "ordo-dunning",
        data: {
          tone: n.level.tone,
          level: n.level.name,
          locale: n.company.locale,
          company_name: n.company.legal_name,
          invoice_id: n.invoice.id,
          invoice_number: n.invoice.number,
          balance: balanceOf(n.invoice).toFixed(),
          currency_code: n.invoice.currency_code,
          due_date: new Date(n.invoice.due_at).toISOString().slice(0, 10),
          days_overdue: n.days_overdue,
        },
        idempotency_key: `ordo-dunning:${n.invoice.id}:${n.level.id}:${email}`,
      })),
    )
    if (mails.length) await container.resolve(Modules.NOTIFICATION).createNotifications(mails)
    return new StepResponse(notices.length)
  },
)
