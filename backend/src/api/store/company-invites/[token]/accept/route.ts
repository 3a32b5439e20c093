import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { acceptInvite } from "../../../../../lib/company-users"
import type { AcceptInviteBody } from "../../../ordo/company/validators"

/** Public: the invitee sets name and password; they can then sign in as a buyer of the company. */
export async function POST(req: MedusaRequest<z.infer<typeof AcceptInviteBody>>, res: MedusaResponse) {
  res.status(201).json(await acceptInvite(req.scope, req.params.token, req.validatedBody))
}
