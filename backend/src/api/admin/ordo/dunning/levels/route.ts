import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { dunningLevels } from "../../../../../queries/dunning/dunning"
import { saveDunningLevelWorkflow } from "../../../../../workflows/dunning/save-dunning-level"
import type { DunningLevelBody } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ levels: await dunningLevels(req.scope) })
}

/** Finance add a level, or edit one by id. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof DunningLevelBody>>, res: MedusaResponse) {
  const { result } = await saveDunningLevelWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(result.created ? 201 : 200).json({ level: result.level })
}
