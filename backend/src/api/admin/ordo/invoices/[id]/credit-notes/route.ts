import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { invoiceWithLines } from "../../../../../../queries/receivables/invoices"
import { issueCreditNoteWorkflow } from "../../../../../../workflows/receivables/issue-credit-note"
import type { AdminCreditNote } from "../../validators"

/** Finance: a credit note for returned or corrected lines of this invoice. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreditNote>>, res: MedusaResponse) {
  const { result } = await issueCreditNoteWorkflow(req.scope).run({
    input: { invoice_id: req.params.id, ...req.validatedBody },
  })
  res.status(201).json({ credit_note: await invoiceWithLines(req.scope, result) })
}
