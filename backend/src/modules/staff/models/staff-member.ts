import { model } from "@medusajs/framework/utils"

/** The roles a seller's staff can hold. `manager` (the owner) holds every right. */
export const STAFF_ROLES = ["sales", "sales_manager", "warehouse", "finance", "manager"] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/**
 * A Medusa admin user's roles at the seller. Kept in Ordo's own table, written only through
 * Ordo's staff routes (manager only), so nothing a user can write about themselves through
 * Medusa's user routes (metadata) grants a right.
 */
export const StaffMember = model
  .define("staff_member", {
    id: model.id({ prefix: "staff" }).primaryKey(),
    user_id: model.text(),
    roles: model.array().default([]),
    /** The manager who last changed the roles (a user id), or "seed" / "bootstrap". */
    granted_by: model.text().nullable(),
  })
  .indexes([{ on: ["user_id"], unique: true, where: "deleted_at IS NULL" }])
