import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { actsAs, isStaffRole, type StaffRole } from "../../domain/staff-rights"
import { STAFF_MODULE } from "../../modules/staff"
import type StaffModuleService from "../../modules/staff/service"

const staffService = (c: MedusaContainer) => c.resolve<StaffModuleService>(STAFF_MODULE)

/**
 * The roles a staff user holds. Bootstrap: while nobody holds `manager`, the first user ever
 * created (the one `medusa user` made on a fresh install) is the manager, so a new seller can
 * hand out roles; from the first manager on, only the table counts.
 */
export async function staffRolesOf(container: MedusaContainer, userId: string): Promise<StaffRole[]> {
  const members = await staffService(container).listStaffMembers({}, { take: null as unknown as number })
  const own = members.find((m) => m.user_id === userId)
  const roles = ((own?.roles ?? []) as unknown[]).filter(isStaffRole)
  if (roles.includes("manager")) return roles
  if (members.some((m) => ((m.roles ?? []) as unknown[]).includes("manager"))) return roles
  const [first] = await container
    .resolve(Modules.USER)
    .listUsers({}, { order: { created_at: "ASC" }, take: 1, select: ["id"] })
  return first?.id === userId ? [...roles, "manager"] : roles
}

/** E-mails of the staff who can act in a role (holders of the role and managers), for notices. */
export async function staffEmailsWithRole(container: MedusaContainer, role: StaffRole | string) {
  const [members, users] = await Promise.all([
    staffService(container).listStaffMembers({}, { take: null as unknown as number }),
    container.resolve(Modules.USER).listUsers({}, { take: null as unknown as number, select: ["id", "email"] }),
  ])
  const rolesByUser = new Map(members.map((m) => [m.user_id, (m.roles ?? []) as string[]]))
  return users.filter((u) => actsAs(rolesByUser.get(u.id) ?? [], role)).map((u) => u.email)
}
