import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { NumberedInvoiceInput } from "../../modules/invoice/service"
import { orderInvoicingLock } from "../common/receivables-lock"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { RECEIVABLES_EVENTS } from "./issue-invoice"
import { issueInvoiceStep } from "./steps/issue-invoice"
import { prepareOrderInvoiceStep } from "./steps/prepare-order-invoice"

/**
 * Invoices an order: the whole order (on placement, or by staff), or — with a fulfillment — exactly
 * what that fulfillment shipped, once (a repeated event finds the invoice there). Serialised per
 * order with every other invoicing of it. Returns the invoice issued (or already there), or null.
 */
export const invoiceOrderWorkflow = createWorkflow(
  "ordo-invoice-order",
  (input: { order_id: string; fulfillment_id?: string | null }) => {
    const lock = acquireLocksStep(transform({ input }, ({ input }) => orderInvoicingLock(input.order_id)))
    const plan = prepareOrderInvoiceStep(input)
    const issued = when("ordo-invoice-order-issue", { plan }, ({ plan }) => !!plan.invoice).then(() => {
      const invoice = issueInvoiceStep(transform({ plan }, ({ plan }) => plan.invoice as NumberedInvoiceInput))
      emitEventStep({
        eventName: RECEIVABLES_EVENTS.invoiceIssued,
        data: transform({ invoice }, ({ invoice }) => ({ id: invoice.id })),
      })
      return invoice
    })
    releaseLocksStep(lock)
    return new WorkflowResponse(
      transform({ issued, plan }, ({ issued, plan }) => ({
        invoice_id: ((issued as { id?: string } | undefined)?.id ?? plan.existing_id ?? null) as string | null,
        issued: !!issued,
      })),
    )
  },
)
