import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { checkEntry } from "../../../../../queries/order-entry/check-entry"
import type { EntryBody } from "../validators"

/** Staff: prices, cost, margin and guards for an entry as it stands. Saves nothing. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof EntryBody>>, res: MedusaResponse) {
  const { preview } = await checkEntry(req.scope, req.validatedBody)
  res.json(preview)
}
