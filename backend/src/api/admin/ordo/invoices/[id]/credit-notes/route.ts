import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { invoiceView, issueCreditNote } from "../../../../../../lib/receivables"
import type { AdminCreditNote } from "../../validators"

/** Staff: a credit note for returned or corrected lines of this invoice. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreditNote>>, res: MedusaResponse) {
  const note = await issueCreditNote(req.scope, req.params.id, req.validatedBody)
  res.status(201).json({ credit_note: invoiceView(note) })
}
