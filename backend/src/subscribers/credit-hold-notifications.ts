import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CREDIT_EVENTS } from "../workflows/credit/events"
import { sendCreditHoldMailWorkflow } from "../workflows/notifications/send-credit-hold-mail"

/** Tells finance when a company goes on credit hold, by hand or by the dunning run. */
export default async function creditHoldNotifications({
  event,
  container,
}: SubscriberArgs<{ company_id: string; held_at: string; as_of?: string }>) {
  await sendCreditHoldMailWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = { event: CREDIT_EVENTS.holdPlaced }
