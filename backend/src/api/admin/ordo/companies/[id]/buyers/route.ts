import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { addBuyer } from "../../../../../../lib/company-admin"
import type { AdminAddBuyer } from "../../validators"

/** Staff: attach an existing customer to the company with a role and limit. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminAddBuyer>>, res: MedusaResponse) {
  res.status(201).json({ buyer: await addBuyer(req.scope, req.params.id, req.validatedBody) })
}
