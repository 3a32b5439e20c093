import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { invoiceWithLines } from "../../../../../../queries/receivables/invoices"
import { applyCreditNoteWorkflow } from "../../../../../../workflows/receivables/apply-credit-note"
import type { AdminApplyCreditNote } from "../../validators"

/** Finance: use a credit note's unapplied credit on another open invoice of the company. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminApplyCreditNote>>, res: MedusaResponse) {
  await applyCreditNoteWorkflow(req.scope).run({ input: { credit_note_id: req.params.id, ...req.validatedBody } })
  res.json({ credit_note: await invoiceWithLines(req.scope, req.params.id) })
}
