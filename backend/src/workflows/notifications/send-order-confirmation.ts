import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { type NotifyInput, notifyStep } from "../common/steps/notify"
import { loadOrderConfirmationStep } from "./steps/load-order-confirmation"

/**
 * Confirms a placed order to the buyer who placed it, in the company's language: order and PO
 * number, lines, total and a link to it in the buyer portal. Once per order, however often the
 * event comes (the notification's idempotency key).
 */
export const sendOrderConfirmationWorkflow = createWorkflow(
  "ordo-send-order-confirmation",
  (input: { order_id: string }) => {
    const mail = loadOrderConfirmationStep(input)
    const sent = when("ordo-order-confirmation-due", { mail }, ({ mail }) => !!mail).then(() =>
      notifyStep(
        transform(
          { mail },
          ({ mail }): NotifyInput => ({
            to: { email: mail?.email as string },
            template: "ordo-order-confirmed",
            data: mail?.data as Record<string, unknown>,
            idempotency_key: `ordo-order-confirmed:${mail?.data.order_id}`,
          }),
        ),
      ),
    )
    return new WorkflowResponse(transform({ sent }, ({ sent }) => (sent as string[] | undefined) ?? []))
  },
)
