import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RIGHTS, ROLE_LABELS, STAFF_ROLES } from "../../../../domain/staff-rights"
import { listStaff } from "../../../../queries/staff/list-staff"

/** Staff users with their roles, and what each role may do (for the Staff roles screen). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({
    staff: await listStaff(req.scope),
    roles: STAFF_ROLES.map((r) => ({
      role: r,
      label: ROLE_LABELS[r],
      rights:
        r === "manager"
          ? Object.keys(RIGHTS)
          : Object.entries(RIGHTS)
              .filter(([, rs]) => (rs as readonly string[]).includes(r))
              .map(([k]) => k),
    })),
  })
}
