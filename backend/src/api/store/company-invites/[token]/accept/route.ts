import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { acceptInviteWorkflow } from "../../../../../workflows/company/accept-invite"
import type { AcceptInviteBody } from "../../../ordo/company/validators"

/** Public: the invitee sets name and password; they can then sign in as a buyer of the company. */
export async function POST(req: MedusaRequest<z.infer<typeof AcceptInviteBody>>, res: MedusaResponse) {
  const { result } = await acceptInviteWorkflow(req.scope).run({
    input: { ...req.validatedBody, token: req.params.token },
  })
  res.status(201).json(result)
}
