import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StaffRole } from "../../../domain/staff-rights"
import { staffEmailsWithRole } from "../../../queries/staff/roles"

export type NotifyInput = {
  /** An address, a customer by id, and/or every staff user holding a role. */
  to: { email?: string; customer_id?: string; staff_role?: StaffRole }
  template: string
  data: Record<string, unknown>
  /** Unique per message and recipient with the e-mail appended: a retried step sends nothing twice. */
  idempotency_key: string
}

export const notifyStepId = "ordo-notify"

/**
 * E-mails through Medusa's notification module to a customer or the staff holding a role.
 * A sent mail cannot be unsent: no compensation, so workflows notify last.
 */
export const notifyStep = createStep(notifyStepId, async (input: NotifyInput, { container }) => {
  const to: string[] = input.to.email ? [input.to.email] : []
  if (input.to.customer_id) {
    to.push((await container.resolve(Modules.CUSTOMER).retrieveCustomer(input.to.customer_id)).email)
  }
  if (input.to.staff_role) to.push(...(await staffEmailsWithRole(container, input.to.staff_role)))
  const recipients = [...new Set(to.filter(Boolean))]
  if (recipients.length) {
    await container.resolve(Modules.NOTIFICATION).createNotifications(
      recipients.map((email) => ({
        to: email,
        channel: "email",
        template: input.template,
        data: input.data,
        idempotency_key: `${input.idempotency_key}:${email}`,
      })),
    )
  }
  return new StepResponse(recipients)
})
