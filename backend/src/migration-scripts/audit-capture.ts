import type { MedusaContainer } from "@medusajs/framework/types"
import { AUDIT_MODULE } from "../modules/audit"
import type AuditModuleService from "../modules/audit/service"

/**
 * Runs once on `npx medusa db:migrate`, after every module's tables exist: the audit triggers
 * on Ordo's and Medusa's money, credit, price, stock, role and approval-rule tables (ADR 026).
 */
export default async function auditCapture({ container }: { container: MedusaContainer }) {
  await container.resolve<AuditModuleService>(AUDIT_MODULE).installCapture()
}
