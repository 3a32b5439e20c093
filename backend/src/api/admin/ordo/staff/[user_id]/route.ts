import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { listStaff } from "../../../../../queries/staff/list-staff"
import { setStaffRolesWorkflow } from "../../../../../workflows/staff/set-staff-roles"
import type { SetStaffRolesBodyType } from "../validators"

/** A manager sets a staff member's roles (the rights middleware lets only managers here). */
export async function POST(req: AuthenticatedMedusaRequest<SetStaffRolesBodyType>, res: MedusaResponse) {
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: req.params.user_id }, { select: ["id"] })
  if (!user)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Staff user with id: ${req.params.user_id} was not found`)
  await setStaffRolesWorkflow(req.scope).run({
    input: { user_id: user.id, roles: req.validatedBody.roles, granted_by: req.auth_context.actor_id },
  })
  const staff = await listStaff(req.scope)
  res.json({ staff_member: staff.find((s) => s.user_id === user.id) })
}
