import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createCustomerGroupsWorkflow } from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "../modules/company"
import type CompanyModuleService from "../modules/company/service"

const companies = (c: MedusaContainer) => c.resolve<CompanyModuleService>(COMPANY_MODULE)

/**
 * A new company with its own Medusa customer group (the group its contract price lists target),
 * linked. Sells in a currency only if a region does.
 */
export async function createCompany(
  container: MedusaContainer,
  input: { legal_name: string; aliases?: string[]; tax_id?: string; currency_code: string; locale?: "en" | "zh-CN" },
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id"],
    filters: { currency_code: input.currency_code },
  })
  if (!regions.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `currency_code: no region sells in ${input.currency_code.toUpperCase()}`,
    )
  }
  const { result: groups } = await createCustomerGroupsWorkflow(container).run({
    input: { customersData: [{ name: input.legal_name }] },
  })
  const company = await companies(container).createCompanies({
    legal_name: input.legal_name,
    aliases: input.aliases ?? [],
    tax_id: input.tax_id ?? null,
    currency_code: input.currency_code,
    locale: input.locale ?? "en",
  } as any)
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [COMPANY_MODULE]: { company_id: company.id },
    [Modules.CUSTOMER]: { customer_group_id: groups[0].id },
  })
  return company
}

/** Staff attach an existing customer (e.g. one who signed up alone) to a company with a role. */
export async function addBuyer(
  container: MedusaContainer,
  companyId: string,
  input: { customer_id: string; role: "admin" | "buyer" | "finance"; spending_limit?: string | null },
) {
  const customer = await container
    .resolve(Modules.CUSTOMER)
    .retrieveCustomer(input.customer_id)
    .catch(() => undefined)
  if (!customer) throw new MedusaError(MedusaError.Types.INVALID_DATA, "customer_id: no such customer")
  const [already] = await companies(container).listCompanyBuyers({ customer_id: input.customer_id } as any)
  if (already)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "customer_id: this customer already buys for a company")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [company],
  } = await query.graph({ entity: "company", fields: ["id", "customer_group.id"], filters: { id: companyId } })
  if (!company) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${companyId} was not found`)
  const buyer = await companies(container).createCompanyBuyers({
    company_id: companyId,
    customer_id: customer.id,
    role: input.role,
    spending_limit: input.spending_limit ?? null,
  } as any)
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [COMPANY_MODULE]: { company_buyer_id: buyer.id },
    [Modules.CUSTOMER]: { customer_id: customer.id },
  })
  const groupId = (company as any).customer_group?.id
  if (groupId) {
    await container
      .resolve(Modules.CUSTOMER)
      .addCustomerToGroup({ customer_id: customer.id, customer_group_id: groupId })
  }
  return buyer
}
