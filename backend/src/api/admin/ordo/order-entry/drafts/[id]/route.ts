import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { draftForEntry } from "../../../../../../queries/order-entry/drafts"

/** Staff: a saved draft, to reopen it in the entry screen. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await draftForEntry(req.scope, req.params.id))
}
