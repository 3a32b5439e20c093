import { model } from "@medusajs/framework/utils"
import { Company } from "./company"

/** A Medusa customer acting for a company, with a role and an optional per-order spending limit. */
export const CompanyBuyer = model
  .define("company_buyer", {
    id: model.id({ prefix: "cbuy" }).primaryKey(),
    customer_id: model.text().unique(),
    role: model.enum(["admin", "buyer", "finance"]).default("buyer"),
    /** In the company's currency; null means no limit. */
    spending_limit: model.bigNumber().nullable(),
    company: model.belongsTo(() => Company, { mappedBy: "buyers" }),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])
