import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendQuoteAcceptedMailWorkflow } from "../workflows/notifications/send-quote-accepted-mail"
import { QUOTE_EVENTS } from "../workflows/quote/events"

/** Tells sales when a buyer accepts a quote. */
export default async function quoteAcceptedNotifications({
  event,
  container,
}: SubscriberArgs<{ id: string; order_id?: string | null; status?: string | null }>) {
  await sendQuoteAcceptedMailWorkflow(container).run({
    input: { quote_id: event.data.id, order_id: event.data.order_id, status: event.data.status },
  })
}

export const config: SubscriberConfig = { event: QUOTE_EVENTS.accepted }
