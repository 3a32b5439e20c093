import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { hasRight, holdersOf, type Right } from "../../domain/staff-rights"
import { staffRolesOf } from "../../queries/staff/roles"

/**
 * A right needed only when a body sets one field, e.g. a buyer's spending limit on a route
 * sales staff may otherwise use: a 403 naming who holds it.
 */
export const requireRightFor =
  (field: string, right: Right) => async (request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const req = request as AuthenticatedMedusaRequest
    const body = (req.validatedBody ?? req.body ?? {}) as Record<string, unknown>
    if (!(field in body) || req.auth_context?.actor_type !== "user") return next()
    if (hasRight(await staffRolesOf(req.scope, req.auth_context.actor_id), right)) return next()
    next(new MedusaError(MedusaError.Types.FORBIDDEN, `${field}: changing it needs the ${holdersOf(right)} role`))
  }
