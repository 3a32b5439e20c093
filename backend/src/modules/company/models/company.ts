import { model } from "@medusajs/framework/utils"
import { CompanyAddress } from "./company-address"
import { CompanyBuyer } from "./company-buyer"
import { CompanyInvite } from "./company-invite"

/** A B2B account: the legal entity that orders, is invoiced and pays. */
export const Company = model
  .define("company", {
    id: model.id({ prefix: "comp" }).primaryKey(),
    legal_name: model.text().searchable(),
    /** Short names and aliases staff and buyers use ("Acme", "艾克米"), for search. */
    aliases: model.array().default([]),
    tax_id: model.text().nullable(),
    currency_code: model.text(),
    /** Preferred language for documents and e-mails. */
    locale: model.enum(["en", "zh-CN"]).default("en"),
    /**
     * The seller's retail account: customers who belong to no company order under its terms,
     * limits and currency. At most one company has it; without one such customers cannot order.
     */
    retail_default: model.boolean().default(false),
    /**
     * The sales rep who owns this customer (a Medusa admin user id): sees it under "my customers",
     * its receivables and statements, and is credited with its orders in reports.
     */
    sales_rep_id: model.text().nullable(),
    buyers: model.hasMany(() => CompanyBuyer, { mappedBy: "company" }),
    invites: model.hasMany(() => CompanyInvite, { mappedBy: "company" }),
    addresses: model.hasMany(() => CompanyAddress, { mappedBy: "company" }),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["sales_rep_id"], where: "deleted_at IS NULL" }])
  .cascades({ delete: ["buyers", "invites", "addresses"] })
