import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendInvoiceMailWorkflow } from "../workflows/notifications/send-invoice-mail"
import { RECEIVABLES_EVENTS } from "../workflows/receivables/issue-invoice"

/** Mails each issued invoice or credit note, PDF attached, to the company's billing contacts. */
export default async function invoiceMail({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendInvoiceMailWorkflow(container).run({ input: { invoice_id: event.data.id } })
}

export const config: SubscriberConfig = { event: RECEIVABLES_EVENTS.invoiceIssued }
