import { model } from "@medusajs/framework/utils"
import { Company } from "./company"

/** A company's own address book (head office, warehouses, billing), kept by staff. */
export const CompanyAddress = model.define("company_address", {
  id: model.id({ prefix: "caddr" }).primaryKey(),
  label: model.text(),
  address_1: model.text(),
  address_2: model.text().nullable(),
  city: model.text(),
  province: model.text().nullable(),
  postal_code: model.text().nullable(),
  country_code: model.text(),
  phone: model.text().nullable(),
  is_billing: model.boolean().default(false),
  company: model.belongsTo(() => Company, { mappedBy: "addresses" }),
})
