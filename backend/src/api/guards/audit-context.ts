import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { withAuditContext } from "../../workflows/common/audit-context"

/** Ids (prefix_ULID, or numbers) in a path become ":id" when Express has not matched a route yet. */
const ID_SEGMENT = /^(?:[a-z]+_[0-9a-z]{20,}|\d+)$/i
const patternOf = (path: string) =>
  path
    .split("/")
    .map((s) => (ID_SEGMENT.test(s) ? ":id" : s))
    .join("/")

/**
 * Every admin request runs inside an audit context: the signed-in user and "METHOD /route/:pattern",
 * which the audit triggers record with every change its transactions make (ADR 026). Runs after
 * authentication; the route pattern is read when a transaction starts, by then Express has
 * matched the route.
 */
export function enterAuditContext(request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const req = request as AuthenticatedMedusaRequest & { route?: { path?: unknown } }
  const actor = req.auth_context?.actor_id ?? null
  const source = () => {
    const pattern = typeof req.route?.path === "string" ? req.route.path : patternOf(req.originalUrl.split("?")[0])
    return `${req.method} ${pattern}`
  }
  return withAuditContext({ actor_id: actor, source }, () => next())
}
