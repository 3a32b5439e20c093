import { z } from "@medusajs/framework/zod"
import { dateString, id } from "../../../validation"

export const DunningLevelBody = z
  .object({
    id: id("id").optional(),
    name: z.string().trim().min(1, "name: required").max(100),
    offset_days: z.number().int("offset_days: whole days").min(-60).max(365),
    tone: z.enum(["friendly", "reminder", "firm", "final"]),
    hold: z.boolean().optional(),
    active: z.boolean().optional(),
  })
  .strict()

export const DunningRunBody = z
  .object({ as_of: dateString("as_of").optional(), company_id: id("company_id").optional() })
  .strict()

export const DunningLogQuery = z
  .object({ company_id: id("company_id").optional(), invoice_id: id("invoice_id").optional() })
  .strict()
