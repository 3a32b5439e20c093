import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { isStaffRole } from "../../domain/staff-rights"
import { STAFF_MODULE } from "../../modules/staff"
import type StaffModuleService from "../../modules/staff/service"
import { staffRolesOf } from "./roles"

/** Every staff user with the roles they hold (the bootstrap manager shown as manager). */
export async function listStaff(container: MedusaContainer) {
  const [users, members] = await Promise.all([
    container.resolve(Modules.USER).listUsers(
      {},
      {
        take: null as unknown as number,
        order: { created_at: "ASC" },
        select: ["id", "email", "first_name", "last_name"],
      },
    ),
    container.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({}, { take: null as unknown as number }),
  ])
  const byUser = new Map(members.map((m) => [m.user_id, m]))
  const bootstrap = users[0] ? await staffRolesOf(container, users[0].id) : []
  return users.map((u, i) => {
    const m = byUser.get(u.id)
    const roles = i === 0 ? bootstrap : ((m?.roles ?? []) as unknown[]).filter(isStaffRole)
    return {
      user_id: u.id,
      email: u.email,
      name: [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email,
      roles,
      granted_by: m?.granted_by ?? null,
      updated_at: m?.updated_at ?? null,
    }
  })
}
