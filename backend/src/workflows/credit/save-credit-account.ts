import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CREDIT_EVENTS } from "./events"
import { loadCreditHoldStep } from "./steps/load-credit-hold"
import { type CreditAccountPatch, saveCreditAccountStep } from "./steps/save-credit-account"

/** Finance set a company's terms, limit and hold; putting the account on hold tells finance (`ordo.credit.hold_placed`). */
export const saveCreditAccountWorkflow = createWorkflow(
  "ordo-save-credit-account",
  (input: { company_id: string; patch: CreditAccountPatch }) => {
    const before = loadCreditHoldStep(transform({ input }, ({ input }) => ({ company_id: input.company_id })))
    const account = saveCreditAccountStep(input)
    emitEventStep({
      eventName: CREDIT_EVENTS.holdPlaced,
      // Only a hold newly set: saving an account already on hold announces nothing.
      data: transform({ input, before, account }, ({ input, before, account }) =>
        (account as any).on_hold && !before.on_hold
          ? { company_id: input.company_id, held_at: new Date((account as any).updated_at ?? Date.now()).toISOString() }
          : null,
      ),
    }).config({ name: "ordo-emit-credit-hold" })
    return new WorkflowResponse(account)
  },
)
