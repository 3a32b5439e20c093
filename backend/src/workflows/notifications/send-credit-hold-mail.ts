import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { type NotifyInput, notifyStep } from "../common/steps/notify"
import { loadCreditHoldMailStep } from "./steps/load-credit-hold-mail"

/**
 * Tells finance that a company went on credit hold: the company, the reason and the overdue
 * balance. Once per hold (`held_at` tells one hold from a later one).
 */
export const sendCreditHoldMailWorkflow = createWorkflow(
  "ordo-send-credit-hold-mail",
  (input: { company_id: string; held_at: string; as_of?: string }) => {
    const mail = loadCreditHoldMailStep(input)
    const sent = when("ordo-credit-hold-mail-due", { mail }, ({ mail }) => !!mail).then(() =>
      notifyStep(
        transform(
          { mail, input },
          ({ mail, input }): NotifyInput => ({
            to: { staff_role: "finance" },
            template: "ordo-credit-hold",
            data: { ...(mail?.data as Record<string, unknown>), held_at: input.held_at },
            idempotency_key: `ordo-credit-hold:${input.company_id}:${input.held_at}`,
          }),
        ),
      ),
    )
    return new WorkflowResponse(transform({ sent }, ({ sent }) => (sent as string[] | undefined) ?? []))
  },
)
