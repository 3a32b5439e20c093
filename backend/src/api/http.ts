import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { repToShow } from "../domain/sales-reps"
import type { BuyerScope } from "../queries/company/buyer-scope"
import { staffScope } from "../queries/staff/sales-reps"

/** 404, exactly as for something that does not exist: other companies' ids reveal nothing. */
export const notFound = (what: string, id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id: ${id} was not found`)

/** Only the company's admin buyer may manage its users and invitations. */
export function requireCompanyAdmin(scope: BuyerScope) {
  if (scope.membership?.role !== "admin") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only a company admin can do this")
  }
  return scope.membership
}

/**
 * "Now" for reading overdue days: a simulated `as_of` date only when the server runs with
 * ORDO_TEST_CLOCK=1 (tests), so production can never read tomorrow's ageing today.
 */
export function readingDate(asOf: unknown): Date {
  if (typeof asOf !== "string" || !asOf) return new Date()
  if (process.env.ORDO_TEST_CLOCK !== "1") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "as_of: a simulated date is only accepted in test mode")
  }
  const d = new Date(asOf)
  if (Number.isNaN(d.getTime())) throw new MedusaError(MedusaError.Types.INVALID_DATA, "as_of: not a date")
  return d
}

/**
 * The sales rep a staff list shows (`?rep=me|none|<id>`): a sales rep is held to their own
 * customers whatever they ask (`held`); the whole business and secret API keys see any rep.
 */
export async function repForRequest(req: AuthenticatedMedusaRequest, asked: string | undefined) {
  const actor = req.auth_context
  if (actor?.actor_type !== "user") return { rep: asked && asked !== "me" ? asked : null, held: false }
  const scope = await staffScope(req.scope, actor.actor_id)
  return { rep: repToShow(scope, asked, actor.actor_id), held: scope.rep_id !== null }
}
