import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { type NotifyInput, notifyStep } from "../common/steps/notify"
import { loadQuoteAcceptedMailStep } from "./steps/load-quote-accepted-mail"

/** Tells sales (sales, sales managers and managers) that a buyer accepted a quote. Once per quote. */
export const sendQuoteAcceptedMailWorkflow = createWorkflow(
  "ordo-send-quote-accepted-mail",
  (input: { quote_id: string; order_id?: string | null; status?: string | null }) => {
    const mail = loadQuoteAcceptedMailStep(input)
    const sent = when("ordo-quote-accepted-mail-due", { mail }, ({ mail }) => !!mail).then(() =>
      notifyStep(
        transform(
          { mail, input },
          ({ mail, input }): NotifyInput => ({
            to: { staff_role: ["sales", "sales_manager"] },
            template: "ordo-quote-accepted",
            data: mail?.data as Record<string, unknown>,
            idempotency_key: `ordo-quote-accepted:${input.quote_id}`,
          }),
        ),
      ),
    )
    return new WorkflowResponse(transform({ sent }, ({ sent }) => (sent as string[] | undefined) ?? []))
  },
)
