import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { creditHoldMail } from "../../../queries/notifications/mail-data"

export const loadCreditHoldMailStepId = "ordo-load-credit-hold-mail"

/** What finance are told about a credit hold, or null if the company is no longer on hold. Reads only. */
export const loadCreditHoldMailStep = createStep(
  loadCreditHoldMailStepId,
  async (input: { company_id: string; as_of?: string }, { container }) =>
    new StepResponse((await creditHoldMail(container, input.company_id, input.as_of)) ?? null),
)
