import { model } from "@medusajs/framework/utils"

/**
 * One step of the seller's reminder policy: `offset_days` from the due date (negative: before it),
 * the tone of the mail, and whether it puts the company on credit hold.
 */
export const DunningLevel = model.define("dunning_level", {
  id: model.id({ prefix: "dlvl" }).primaryKey(),
  name: model.text(),
  offset_days: model.number(),
  tone: model.enum(["friendly", "reminder", "firm", "final"]),
  hold: model.boolean().default(false),
  active: model.boolean().default(true),
})
