import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { hashInviteToken, inviteIsOpen } from "../../domain/company-buyers"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"

/** An open (not accepted, not expired, not withdrawn) invitation for a token, with its company; else 404. */
export async function openInvite(container: MedusaContainer, token: string) {
  const [invite] = (await container
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listCompanyInvites({ token_hash: hashInviteToken(token) } as any, { relations: ["company"] })) as any[]
  if (!invite || !inviteIsOpen(invite)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation link is not valid any more")
  }
  return invite as {
    id: string
    email: string
    role: "admin" | "buyer" | "finance"
    spending_limit: string | number | null
    expires_at: Date
    company: { id: string; legal_name: string; currency_code: string; locale: string }
  }
}
