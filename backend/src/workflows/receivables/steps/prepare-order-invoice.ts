import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { NumberedInvoiceInput } from "../../../modules/invoice/service"
import { fulfillmentInvoiceInput, wholeOrderInvoiceInput } from "../../../queries/receivables/invoicing"

export const prepareOrderInvoiceStepId = "ordo-prepare-order-invoice"

/**
 * The invoice an order gets now: for exactly what one fulfillment shipped (when the company is
 * invoiced on shipment; nothing if that fulfillment already has its invoice), or for the whole
 * order (refused if it is invoiced already). Reads only, under the order's invoicing lock.
 */
export const prepareOrderInvoiceStep = createStep(
  prepareOrderInvoiceStepId,
  async (input: { order_id: string; fulfillment_id?: string | null }, { container }) => {
    if (input.fulfillment_id) {
      const { input: invoice, existing } = await fulfillmentInvoiceInput(
        container,
        input.order_id,
        input.fulfillment_id,
      )
      return new StepResponse({
        invoice: (invoice ?? null) as NumberedInvoiceInput | null,
        existing_id: existing?.id ?? null,
      })
    }
    return new StepResponse({
      invoice: await wholeOrderInvoiceInput(container, input.order_id),
      existing_id: null as string | null,
    })
  },
)
