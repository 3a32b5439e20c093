import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StaffRole } from "../../../domain/staff-rights"
import { staffEmailsWithRole } from "../../../queries/staff/roles"

export type NotifyInput = {
  /** Addresses, a customer by id, and/or every staff user holding a role (or any of several). */
  to: { email?: string | string[]; customer_id?: string; staff_role?: StaffRole | StaffRole[] }
  template: string
  data: Record<string, unknown>
  /** Files sent with the mail: content base64-encoded (Medusa's notification attachment shape). */
  attachments?: { content: string; filename: string; content_type?: string }[]
  /** Unique per message and recipient with the e-mail appended: a retried step sends nothing twice. */
  idempotency_key: string
}

export const notifyStepId = "ordo-notify"

/**
 * E-mails through Medusa's notification module to a customer or the staff holding a role.
 * A sent mail cannot be unsent: no compensation, so workflows notify last.
 */
export const notifyStep = createStep(notifyStepId, async (input: NotifyInput, { container }) => {
  const to: string[] = [input.to.email ?? []].flat()
  if (input.to.customer_id) {
    to.push((await container.resolve(Modules.CUSTOMER).retrieveCustomer(input.to.customer_id)).email)
  }
  for (const role of [input.to.staff_role ?? []].flat()) to.push(...(await staffEmailsWithRole(container, role)))
  const recipients = [...new Set(to.filter(Boolean))]
  if (recipients.length) {
    await container.resolve(Modules.NOTIFICATION).createNotifications(
      recipients.map((email) => ({
        to: email,
        channel: "email",
        template: input.template,
        data: input.data,
        ...(input.attachments?.length ? { attachments: input.attachments } : {}),
        idempotency_key: `${input.idempotency_key}:${email}`,
      })),
    )
  }
  return new StepResponse(recipients)
})
