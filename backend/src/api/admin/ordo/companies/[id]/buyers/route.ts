import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { addBuyerWorkflow } from "../../../../../../workflows/company/add-buyer"
import type { AdminAddBuyer } from "../../validators"

/** Staff: attach an existing customer to the company with a role and limit. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminAddBuyer>>, res: MedusaResponse) {
  const { result: buyer } = await addBuyerWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: req.params.id },
  })
  res.status(201).json({ buyer })
}
