import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { RECEIVABLES_EVENTS } from "../workflows/receivables/issue-invoice"
import { refreshPaymentRollup } from "../workflows/reporting/refresh-payment-rollup"

/** An invoice issued or a payment recorded moves the payment rate by region at once. */
export default async function paymentReports({ container }: SubscriberArgs<unknown>) {
  await refreshPaymentRollup(container)
}

export const config: SubscriberConfig = {
  event: [RECEIVABLES_EVENTS.invoiceIssued, RECEIVABLES_EVENTS.paymentRecorded],
}
