import { model } from "@medusajs/framework/utils"
import { Company } from "./company"

/**
 * An invitation a company admin sent to a colleague's e-mail. Only a hash of the token is
 * kept, so the database alone cannot be used to accept an invitation.
 */
export const CompanyInvite = model
  .define("company_invite", {
    id: model.id({ prefix: "cinv" }).primaryKey(),
    email: model.text(),
    role: model.enum(["admin", "buyer", "finance"]).default("buyer"),
    spending_limit: model.bigNumber().nullable(),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    /** The customer who accepted it (a new customer created for the invitee). */
    customer_id: model.text().nullable(),
    invited_by: model.text(),
    company: model.belongsTo(() => Company, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["email"] }])
