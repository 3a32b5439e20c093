import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { CREDIT_MODULE } from "../../../../../modules/credit"
import type CreditModuleService from "../../../../../modules/credit/service"

export const DunningLevelBody = z
  .object({
    id: z.string().optional(),
    name: z.string().trim().min(1, "name: required").max(100),
    offset_days: z.number().int("offset_days: whole days").min(-60).max(365),
    tone: z.enum(["friendly", "reminder", "firm", "final"]),
    hold: z.boolean().optional(),
    active: z.boolean().optional(),
  })
  .strict()

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const levels = await req.scope.resolve<CreditModuleService>(CREDIT_MODULE).listDunningLevels({})
  res.json({ levels: levels.sort((a, b) => a.offset_days - b.offset_days) })
}

/** Staff add a level, or edit one by id. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof DunningLevelBody>>, res: MedusaResponse) {
  const credit = req.scope.resolve<CreditModuleService>(CREDIT_MODULE)
  const { id, ...data } = req.validatedBody
  const level = id
    ? await credit.updateDunningLevels({ id, ...data } as any)
    : await credit.createDunningLevels(data as any)
  res.status(id ? 200 : 201).json({ level })
}
