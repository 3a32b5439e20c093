import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { listApprovalViews } from "../queries/approval/approval-views"
import { staffEmailsWithRole } from "../queries/staff/roles"
import { APPROVAL_EVENTS } from "../workflows/approval/events"

/**
 * Tells the approvers of the level an order now waits for (company admins by their customer
 * e-mail, staff by user e-mail and role), and the requester once the request is decided.
 * Medusa's notification module records each one and hands it to the provider for the channel
 * ("local" logs it in development; production configures an e-mail provider).
 */
export default async function approvalNotifications({ event, container }: SubscriberArgs<{ id: string }>) {
  const [approval] = await listApprovalViews(container, { id: event.data.id })
  if (!approval) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const data = {
    approval_request_id: approval.id,
    order_id: approval.order_id,
    order_display_id: approval.order?.display_id,
    company_name: approval.company_name,
    requested_by: approval.requested_by_name,
    order_total: String(approval.order_total),
    currency_code: approval.currency_code,
    reasons: (approval.reasons ?? []).map((r: any) => r.detail),
  }
  const send = (to: string[], template: string, extra: Record<string, unknown> = {}) =>
    to.length
      ? notifications.createNotifications(
          to.map((email) => ({
            to: email,
            channel: "email",
            template,
            data: { ...data, ...extra },
            // One notice per request, level and recipient, even if the event is delivered twice.
            idempotency_key: `${template}:${approval.id}:${approval.current_level}:${approval.status}:${email}`,
          })),
        )
      : undefined

  if (approval.status !== "pending") {
    const {
      data: [requester],
    } = await query.graph({ entity: "customer", fields: ["email"], filters: { id: approval.requested_by } })
    const last = approval.decisions[approval.decisions.length - 1]
    await send(requester?.email ? [requester.email] : [], "ordo-approval-decided", {
      status: approval.status,
      comment: last?.comment ?? null,
      decided_by: last?.actor_name ?? null,
    })
    return
  }
  const role = approval.chain[approval.current_level - 1]?.role
  let to: string[] = []
  if (role === "company_admin") {
    const { data: admins } = await query.graph({
      entity: "company_buyer",
      fields: ["customer.email", "customer_id"],
      filters: { company: { id: approval.company_id }, role: "admin" } as any,
    })
    to = admins.filter((a: any) => a.customer_id !== approval.requested_by).map((a: any) => a.customer?.email)
  } else {
    to = await staffEmailsWithRole(container, role)
  }
  await send(to.filter(Boolean), "ordo-approval-requested", { level: approval.current_level, role })
}

export const config: SubscriberConfig = {
  event: [APPROVAL_EVENTS.requested, APPROVAL_EVENTS.decided],
}
