import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CompanyModule from "../modules/company"

/** A company buyer is one Medusa customer. */
export default defineLink(CompanyModule.linkable.companyBuyer, CustomerModule.linkable.customer)
