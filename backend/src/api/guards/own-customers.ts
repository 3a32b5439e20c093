import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { notYourCustomer, seesCompany } from "../../domain/sales-reps"
import { companyOwner } from "../../queries/company/companies"
import { staffScope } from "../../queries/staff/sales-reps"

/**
 * A sales rep opens only their own customers' accounts (page, statement, credit): another
 * rep's company is a 403 saying why. Sales managers, finance and managers open every one;
 * a company that does not exist is left to the route's 404. Secret API keys act for the business.
 */
export async function ownCustomersOnly(request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const req = request as AuthenticatedMedusaRequest
  if (req.auth_context?.actor_type !== "user") return next()
  const company = await companyOwner(req.scope, req.params.id)
  if (!company) return next()
  const scope = await staffScope(req.scope, req.auth_context.actor_id)
  if (seesCompany(scope, company.sales_rep_id)) return next()
  next(new MedusaError(MedusaError.Types.FORBIDDEN, notYourCustomer(company.legal_name)))
}
