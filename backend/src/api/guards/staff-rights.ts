import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { hasRight, holdersOf, requiredRight, type StaffRole } from "../../domain/staff-rights"
import { staffRolesOf } from "../../queries/staff/roles"

/** Fields a staff member may change on their own user record without the staff right. */
const OWN_PROFILE_FIELDS = new Set(["first_name", "last_name", "avatar_url"])

const ownProfileEdit = (req: AuthenticatedMedusaRequest) => {
  const path = req.originalUrl.split("?")[0].replace(/\/+$/, "")
  const body = (req.body ?? {}) as Record<string, unknown>
  return (
    req.method === "POST" &&
    path === `/admin/users/${req.auth_context.actor_id}` &&
    Object.keys(body).every((k) => OWN_PROFILE_FIELDS.has(k))
  )
}

/**
 * Every admin write needs the right the policy (domain/staff-rights.ts) names for it, Medusa's
 * routes and Ordo's alike; a refusal is a 403 naming the roles that hold the right. Reads need
 * only a staff login. Secret API keys (made by managers under Settings) act with every right.
 */
export async function enforceStaffRights(request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const req = request as AuthenticatedMedusaRequest & { staff_roles?: StaffRole[] }
  const right = requiredRight(req.method, req.originalUrl)
  const actor = req.auth_context
  // Routes that need no login (invitation accept) and requests Medusa will answer 401 to.
  if (!actor?.actor_id) return next()
  if (actor.actor_type === "api-key") return next()
  if (actor.actor_type !== "user") {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized"))
  }
  if (!right || right === "any_staff" || ownProfileEdit(req)) return next()
  const roles = await staffRolesOf(req.scope, actor.actor_id)
  req.staff_roles = roles
  if (hasRight(roles, right)) return next()
  next(
    new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `This needs the ${holdersOf(right)} role; a manager can grant it under Staff roles`,
    ),
  )
}
