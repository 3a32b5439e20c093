import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { voidInvoiceStep } from "./steps/void-invoice"

/** Staff void an unpaid invoice, with the reason; its number stays used. */
export const voidInvoiceWorkflow = createWorkflow(
  "ordo-void-invoice",
  (input: { invoice_id: string; reason: string }) => {
    const lock = acquireLocksStep(
      transform({ input }, ({ input }) => ({
        keys: [`ordo:invoice:${input.invoice_id}`],
        busy: "This invoice is being changed right now; please retry",
      })),
    )
    const invoice = voidInvoiceStep(input)
    releaseLocksStep(lock)
    return new WorkflowResponse(invoice)
  },
)
