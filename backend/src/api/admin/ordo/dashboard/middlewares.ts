import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AlertRulesBody, DashboardQuery, EmptyBody } from "./validators"

/** The dashboard and its alerts. */
export const dashboardMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/ordo/dashboard", middlewares: [validateAndTransformQuery(DashboardQuery, {})] },
  { methods: ["POST"], matcher: "/admin/ordo/alerts/run", middlewares: [validateAndTransformBody(EmptyBody)] },
  {
    methods: ["POST"],
    matcher: "/admin/ordo/alerts/settings",
    middlewares: [validateAndTransformBody(AlertRulesBody)],
  },
  { methods: ["POST"], matcher: "/admin/ordo/alerts/:id/dismiss", middlewares: [validateAndTransformBody(EmptyBody)] },
]
