import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { type NotifyInput, notifyStep } from "../common/steps/notify"
import { loadInvoiceMailStep } from "./steps/load-invoice-mail"

/**
 * Mails an issued invoice (or credit note) to its company's billing contacts with the PDF
 * attached, in the company's language. Once per invoice and recipient.
 */
export const sendInvoiceMailWorkflow = createWorkflow("ordo-send-invoice-mail", (input: { invoice_id: string }) => {
  const mail = loadInvoiceMailStep(input)
  const sent = when("ordo-invoice-mail-due", { mail }, ({ mail }) => !!mail).then(() =>
    notifyStep(
      transform(
        { mail, input },
        ({ mail, input }): NotifyInput => ({
          to: { email: mail?.recipients ?? [] },
          template: "ordo-invoice-issued",
          data: mail?.data as Record<string, unknown>,
          attachments: mail?.attachments,
          idempotency_key: `ordo-invoice-issued:${input.invoice_id}`,
        }),
      ),
    ),
  )
  return new WorkflowResponse(transform({ sent }, ({ sent }) => (sent as string[] | undefined) ?? []))
})
