import { createHash, randomBytes } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "../modules/company"
import type CompanyModuleService from "../modules/company/service"
import { addBuyer } from "./company-admin"

export const INVITE_DAYS = 7
const hash = (token: string) => createHash("sha256").update(token).digest("hex")
const companies = (c: MedusaContainer) => c.resolve<CompanyModuleService>(COMPANY_MODULE)

/** Creates an invitation and e-mails its link; the token itself is stored only as a hash. */
export async function inviteBuyer(
  container: MedusaContainer,
  input: {
    company_id: string
    email: string
    role: "admin" | "buyer" | "finance"
    spending_limit?: string | null
    invited_by: string
  },
) {
  const email = input.email.trim().toLowerCase()
  const existing = await container.resolve(Modules.CUSTOMER).listCustomers({ email }, { take: 1 })
  if (existing.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "email: this address already has an account")
  }
  const token = randomBytes(24).toString("base64url")
  const invite = await companies(container).createCompanyInvites({
    company_id: input.company_id,
    email,
    role: input.role,
    spending_limit: input.spending_limit ?? null,
    token_hash: hash(token),
    expires_at: new Date(Date.now() + INVITE_DAYS * 86400_000),
    invited_by: input.invited_by,
  } as any)
  const acceptUrl = `${process.env.STOREFRONT_URL ?? "http://localhost:8000"}/invite/${token}`
  const {
    data: [company],
  } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "company", fields: ["legal_name", "locale"], filters: { id: input.company_id } })
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: "ordo-company-invite",
    data: { company_name: company?.legal_name, accept_url: acceptUrl, role: input.role, locale: company?.locale },
    idempotency_key: `ordo-company-invite:${invite.id}`,
  })
  return { invite, accept_url: acceptUrl }
}

/** An open (not accepted, not expired, not withdrawn) invitation for a token, or a 404. */
export async function openInvite(container: MedusaContainer, token: string) {
  const [invite] = await companies(container).listCompanyInvites({ token_hash: hash(token) } as any, {
    relations: ["company"],
  })
  if (!invite || invite.accepted_at || new Date(invite.expires_at).getTime() < Date.now()) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation link is not valid any more")
  }
  return invite
}

/** The invitee sets their name and password: a customer account in the company's price group, with the role. */
export async function acceptInvite(
  container: MedusaContainer,
  token: string,
  input: { first_name: string; last_name: string; password: string },
) {
  const invite = await openInvite(container, token)
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email: invite.email, password: input.password },
  } as any)
  if (!success || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: ${error ?? "could not create the account"}`)
  }
  const company = invite.company as any
  try {
    return await joinCompany(container, invite, company, authIdentity.id, input)
  } catch (e) {
    // Leave no half-made account behind: the invitee can retry the same link.
    await auth.deleteAuthIdentities([authIdentity.id]).catch(() => undefined)
    throw e
  }
}

async function joinCompany(
  container: MedusaContainer,
  invite: any,
  company: any,
  authIdentityId: string,
  input: { first_name: string; last_name: string },
) {
  const { result: customer } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId,
      customerData: {
        email: invite.email,
        first_name: input.first_name,
        last_name: input.last_name,
        metadata: { company: company.legal_name, currency_code: company.currency_code },
      },
    },
  })
  await addBuyer(container, company.id, {
    customer_id: customer.id,
    role: invite.role,
    spending_limit: invite.spending_limit == null ? null : String(invite.spending_limit),
  })
  await companies(container).updateCompanyInvites({
    id: invite.id,
    accepted_at: new Date(),
    customer_id: customer.id,
  } as any)
  return { customer_id: customer.id, email: invite.email }
}

/** A buyer of the admin's own company, or a 404. */
export async function companyBuyer(container: MedusaContainer, companyId: string, buyerId: string) {
  const [buyer] = await companies(container).listCompanyBuyers({ id: buyerId, company_id: companyId } as any)
  if (!buyer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Buyer with id: ${buyerId} was not found`)
  return buyer
}

async function adminCount(container: MedusaContainer, companyId: string) {
  return (await companies(container).listCompanyBuyers({ company_id: companyId, role: "admin" } as any)).length
}

export async function updateBuyer(
  container: MedusaContainer,
  companyId: string,
  buyerId: string,
  patch: { role?: "admin" | "buyer" | "finance"; spending_limit?: string | null },
) {
  const buyer = await companyBuyer(container, companyId, buyerId)
  if (buyer.role === "admin" && patch.role && patch.role !== "admin" && (await adminCount(container, companyId)) < 2) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "role: a company needs at least one admin")
  }
  return companies(container).updateCompanyBuyers({ id: buyerId, ...patch } as any)
}

/** Removes a buyer from the company: they keep their login but can no longer act for it. */
export async function removeBuyer(
  container: MedusaContainer,
  companyId: string,
  buyerId: string,
  /** The company admin removing them; null when staff do it. */
  actorCustomerId: string | null,
) {
  const buyer = await companyBuyer(container, companyId, buyerId)
  if (buyer.customer_id === actorCustomerId) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You cannot remove yourself; ask another admin")
  }
  if (buyer.role === "admin" && (await adminCount(container, companyId)) < 2) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A company needs at least one admin; appoint another first")
  }
  if (buyer.role === "admin" && (await adminCount(container, companyId)) < 2) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A company needs at least one admin; appoint another first")
  }
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.dismiss({
    [COMPANY_MODULE]: { company_buyer_id: buyer.id },
    [Modules.CUSTOMER]: { customer_id: buyer.customer_id },
  })
  await companies(container).deleteCompanyBuyers(buyer.id)
  const {
    data: [withGroup],
  } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "company", fields: ["customer_group.id"], filters: { id: companyId } })
  const groupId = (withGroup as any)?.customer_group?.id
  if (groupId)
    await container
      .resolve(Modules.CUSTOMER)
      .removeCustomerFromGroup({ customer_id: buyer.customer_id, customer_group_id: groupId })
}
