import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StaffRole } from "../../../domain/staff-rights"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

export type SetStaffRolesInput = { user_id: string; roles: StaffRole[]; granted_by: string }

export const setStaffRolesStepId = "ordo-set-staff-roles"

/**
 * Replaces a user's roles. Refuses to leave the seller without a manager (the last manager
 * cannot drop the role). Compensation puts the previous roles back.
 */
export const setStaffRolesStep = createStep(
  setStaffRolesStepId,
  async (input: SetStaffRolesInput, { container }) => {
    const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
    const members = await staff.listStaffMembers({}, { take: null as unknown as number })
    const before = members.find((m) => m.user_id === input.user_id)
    const otherManagers = members.filter(
      (m) => m.user_id !== input.user_id && ((m.roles ?? []) as string[]).includes("manager"),
    )
    const wasManager = ((before?.roles ?? []) as string[]).includes("manager")
    if (wasManager && !input.roles.includes("manager") && !otherManagers.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "roles: the seller needs at least one manager; make someone else manager first",
      )
    }
    const roles = [...new Set(input.roles)]
    const member = before
      ? await staff.updateStaffMembers({ id: before.id, roles, granted_by: input.granted_by })
      : await staff.createStaffMembers({ user_id: input.user_id, roles, granted_by: input.granted_by })
    return new StepResponse(member, {
      id: member.id,
      created: !before,
      roles: (before?.roles ?? []) as string[],
      granted_by: before?.granted_by ?? null,
    })
  },
  async (prev, { container }) => {
    if (!prev) return
    const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
    if (prev.created) await staff.deleteStaffMembers(prev.id)
    else await staff.updateStaffMembers({ id: prev.id, roles: prev.roles, granted_by: prev.granted_by })
  },
)
