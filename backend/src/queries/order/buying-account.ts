import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { personName } from "../../domain/names"
import { creditAccountFor } from "../receivables/credit-account"

/**
 * Who an order is placed for, with everything the gates compare in one currency: the
 * company (or the seller's retail account for a customer without one), the buyer's role and
 * spending limit, the company's currency, price region and contract price group, and its credit
 * account.
 */
export type BuyingAccount = {
  customer_id: string
  email: string
  customer_name: string
  company_id: string
  company_name: string
  /** A customer without a company, ordering under the seller's retail account. */
  retail: boolean
  role: "admin" | "buyer" | "finance"
  spending_limit: string | null
  currency_code: string
  region_id: string
  region_countries: string[]
  group_id: string | null
  /** The sales rep who owns the company now (recorded on the order as it is placed). */
  sales_rep_id: string | null
  credit: {
    terms: string
    deposit_percent: string | null
    credit_limit: string | null
    on_hold: boolean
    invoice_on: string
  }
}

const COMPANY_FIELDS = ["id", "legal_name", "currency_code", "retail_default", "sales_rep_id", "customer_group.id"]

/**
 * The account a customer buys under; undefined when they belong to no company and the seller
 * keeps no retail account (then on-account orders are refused).
 */
export async function buyingAccountOf(
  container: MedusaContainer,
  customerId: string,
): Promise<BuyingAccount | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: customers }, { data: buyers }] = await Promise.all([
    query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: customerId },
    }),
    query.graph({
      entity: "company_buyer",
      fields: ["id", "role", "spending_limit", ...COMPANY_FIELDS.map((f) => `company.${f}`)],
      filters: { customer_id: customerId },
    }),
  ])
  const customer = customers[0] as any
  if (!customer) return undefined
  const buyer = buyers[0] as any
  let company = buyer?.company
  let retail = false
  if (!company) {
    const { data } = await query.graph({
      entity: "company",
      fields: COMPANY_FIELDS,
      filters: { retail_default: true } as any,
    })
    company = data[0]
    retail = !!company
  }
  if (!company) return undefined
  const currency = String(company.currency_code).toLowerCase()
  const [{ data: regions }, account] = await Promise.all([
    query.graph({ entity: "region", fields: ["id", "countries.iso_2"], filters: { currency_code: currency } }),
    creditAccountFor(container, company.id),
  ])
  const region = regions[0] as any
  if (!region) return undefined
  return {
    customer_id: customer.id,
    email: customer.email,
    customer_name: personName(customer) as string,
    company_id: company.id,
    company_name: company.legal_name,
    retail,
    role: retail ? "buyer" : buyer.role,
    spending_limit: !retail && buyer.spending_limit != null ? String(buyer.spending_limit) : null,
    currency_code: currency,
    region_id: region.id,
    region_countries: (region.countries ?? []).map((c: any) => String(c?.iso_2).toLowerCase()),
    group_id: company.customer_group?.id ?? null,
    sales_rep_id: company.sales_rep_id ?? null,
    credit: {
      terms: account.terms,
      deposit_percent: account.deposit_percent == null ? null : String(account.deposit_percent),
      credit_limit: account.credit_limit == null ? null : String(account.credit_limit),
      on_hold: !!account.on_hold,
      invoice_on: account.invoice_on,
    },
  }
}

/**
 * The buyer's region: the one in their company's currency (or the retail account's). Never
 * from anything the customer can write about themselves.
 */
export async function buyerRegionId(container: MedusaContainer, customerId: string) {
  const account = await buyingAccountOf(container, customerId)
  if (!account) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Your account is not linked to a company, so it cannot order on account. Ask the seller to open a company account for you.",
    )
  }
  return { regionId: account.region_id, email: account.email }
}
