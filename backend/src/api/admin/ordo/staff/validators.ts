import { z } from "@medusajs/framework/zod"
import { STAFF_ROLES } from "../../../../domain/staff-rights"

export const SetStaffRolesBody = z
  .object({
    roles: z
      .array(z.enum(STAFF_ROLES, { message: `roles: each role is one of ${STAFF_ROLES.join(", ")}` }))
      .max(STAFF_ROLES.length),
  })
  .strict()
export type SetStaffRolesBodyType = z.infer<typeof SetStaffRolesBody>
