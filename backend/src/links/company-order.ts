import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CompanyModule from "../modules/company"

/** The company an order was placed for (the retail account for customers without one); written by the place-order workflow. */
export default defineLink(CompanyModule.linkable.company, { linkable: OrderModule.linkable.order, isList: true })
