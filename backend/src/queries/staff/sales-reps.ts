import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { type ReportScope, reportScope } from "../../domain/report-scope"
import { canOwnCustomers } from "../../domain/sales-reps"
import { hasRight } from "../../domain/staff-rights"
import { listStaff } from "./list-staff"
import { staffRolesOf } from "./roles"

/** Whose customers and figures a staff member sees (domain/report-scope.ts), from their roles. */
export async function staffScope(container: MedusaContainer, userId: string): Promise<ReportScope> {
  return reportScope(await staffRolesOf(container, userId), userId)
}

/** Staff who can own customers (sales, sales managers, managers), by name. */
export async function listSalesReps(container: MedusaContainer) {
  return (await listStaff(container))
    .filter((s) => canOwnCustomers(s.roles))
    .map((s) => ({ user_id: s.user_id, name: s.name, email: s.email, roles: s.roles }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * For a staff member's screens: who can own customers, whether they may assign customers
 * (`sales_team` right) and whether they are held to their own customers (a rep-only scope).
 */
export async function salesRepsFor(container: MedusaContainer, userId: string) {
  const [reps, roles] = await Promise.all([listSalesReps(container), staffRolesOf(container, userId)])
  return {
    sales_reps: reps,
    me: userId,
    can_assign: hasRight(roles, "sales_team"),
    held: reportScope(roles, userId).rep_id !== null,
  }
}

/** Whether this staff user may be given customers (undefined when there is no such user). */
export async function salesRepCandidate(container: MedusaContainer, userId: string) {
  const [user] = await container.resolve(Modules.USER).listUsers({ id: userId }, { select: ["id"] })
  if (!user) return undefined
  return canOwnCustomers(await staffRolesOf(container, userId))
}

/** Staff users' names by id ("first last", else the e-mail), for showing who owns what. */
export async function staffNames(container: MedusaContainer, ids: (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))]
  if (!wanted.length) return new Map<string, string>()
  const users = await container
    .resolve(Modules.USER)
    .listUsers({ id: wanted }, { select: ["id", "email", "first_name", "last_name"], take: wanted.length })
  return new Map(users.map((u) => [u.id, [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email]))
}
