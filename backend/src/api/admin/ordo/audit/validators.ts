import { z } from "@medusajs/framework/zod"
import { AUDIT_AREA_KEYS } from "../../../../domain/audit"
import { dateString, id } from "../../../validation"

/** An empty query parameter (a filter left at "any") is no filter. */
const blankless = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional())

/**
 * The audit log's filters: `?area=` (credit, invoices, payments, prices, stock, roles,
 * approval_rules, accounts), `?actor_id=`, `?record_id=` (the row or what it belongs to),
 * `?from=&to=` (days, both inclusive, or instants), `?limit=&offset=`.
 */
export const AuditLogQuery = z
  .object({
    area: blankless(
      z.enum(AUDIT_AREA_KEYS as [string, ...string[]], { message: `area: one of ${AUDIT_AREA_KEYS.join(", ")}` }),
    ),
    actor_id: blankless(id("actor_id")),
    record_id: blankless(id("record_id")),
    from: blankless(dateString("from")),
    to: blankless(dateString("to")),
    limit: z.coerce.number({ message: "limit: a number" }).int("limit: a whole number").min(1).max(200).default(50),
    offset: z.coerce.number({ message: "offset: a number" }).int("offset: a whole number").min(0).default(0),
  })
  .strict()
export type AuditLogQueryType = z.infer<typeof AuditLogQuery>
