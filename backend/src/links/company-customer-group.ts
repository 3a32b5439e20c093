import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CompanyModule from "../modules/company"

/** Each company buys at the prices of one customer group (its contract price list). */
export default defineLink(CompanyModule.linkable.company, CustomerModule.linkable.customerGroup)
