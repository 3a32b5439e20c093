import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { renderInvoicePdf } from "../../../documents/invoice-pdf"
import { pdfLang } from "../../../documents/lang"
import { invoiceMail } from "../../../queries/notifications/mail-data"

export const loadInvoiceMailStepId = "ordo-load-invoice-mail"

/**
 * The issued invoice's mail: its company's billing contacts, the contents, and the invoice PDF in
 * the company's language as a base64 attachment. Null for a void invoice or one without company.
 */
export const loadInvoiceMailStep = createStep(
  loadInvoiceMailStepId,
  async (input: { invoice_id: string }, { container }) => {
    const mail = await invoiceMail(container, input.invoice_id)
    if (!mail?.recipients.length) return new StepResponse(null)
    const { document, recipients, data } = mail
    const pdf = await renderInvoicePdf(document, pdfLang(undefined, data.locale))
    return new StepResponse({
      recipients,
      data,
      attachments: [
        { content: pdf.toString("base64"), filename: `${data.invoice_number}.pdf`, content_type: "application/pdf" },
      ],
    })
  },
)
