import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { raiseHoldAlertWorkflow } from "../workflows/alerts/raise-hold-alert"
import { CREDIT_EVENTS } from "../workflows/credit/events"

/** A company put on credit hold shows on the dashboard as an alert (once per hold) and its rep is told. */
export default async function alertOnCreditHold({
  event,
  container,
}: SubscriberArgs<{ company_id: string; held_at: string }>) {
  try {
    await raiseHoldAlertWorkflow(container).run({
      input: { company_id: event.data.company_id, held_at: event.data.held_at },
    })
  } catch (e: any) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Hold alert for company ${event.data.company_id} failed: ${e?.message}`)
  }
}

export const config: SubscriberConfig = { event: CREDIT_EVENTS.holdPlaced }
