import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshPaymentRollupStep } from "./steps/refresh-payment-rollup"

/** Brings the payment-rate-by-region rollup up to date with the invoices (after a payment, every few minutes). */
export const refreshPaymentRollupWorkflow = createWorkflow(
  "ordo-refresh-payment-rollup",
  (input: { full?: boolean }) => new WorkflowResponse(refreshPaymentRollupStep(input)),
)

/** Runs it and logs instead of failing the caller (the next run or the schedule catches up). */
export async function refreshPaymentRollup(container: any) {
  try {
    await refreshPaymentRollupWorkflow(container).run({ input: {} })
  } catch (e: any) {
    container.resolve("logger").error(`Payment-rate rollup refresh failed: ${e?.message}`)
  }
}
