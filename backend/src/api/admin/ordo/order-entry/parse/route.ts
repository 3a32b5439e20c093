import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { parsePaste } from "../../../../../queries/order-entry/paste"
import type { ParseBody } from "../validators"

/** Staff: pasted lines → order lines, with every unreadable line reported. Saves nothing. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ParseBody>>, res: MedusaResponse) {
  res.json(await parsePaste(req.scope, req.validatedBody.company_id, req.validatedBody.text))
}
