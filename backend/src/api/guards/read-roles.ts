import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ROLE_LABELS, type StaffRole } from "../../domain/staff-rights"
import { staffRolesOf } from "../../queries/staff/roles"

/**
 * A read only some roles may make (most reads need only a staff login): a 403 naming the roles
 * that may. A manager always may; secret API keys act with every right.
 */
export const requireRoleToRead =
  (roles: readonly StaffRole[]) => async (request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const req = request as AuthenticatedMedusaRequest
    const actor = req.auth_context
    if (!actor?.actor_id || actor.actor_type === "api-key") return next()
    const held = await staffRolesOf(req.scope, actor.actor_id)
    if (held.includes("manager") || roles.some((r) => held.includes(r))) return next()
    const names = [...roles.filter((r) => r !== "manager"), "manager" as const].map((r) => ROLE_LABELS[r])
    const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : names[0]
    next(
      new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `This needs the ${list} role; a manager can grant it under Staff roles`,
      ),
    )
  }
