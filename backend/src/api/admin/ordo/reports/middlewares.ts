import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { RebuildBody, ReportQuery } from "./validators"

const REPORTS = ["sales", "products", "payments-by-region", "receivables-by-rep"]

export const reportMiddlewares: MiddlewareRoute[] = [
  ...REPORTS.map(
    (name): MiddlewareRoute => ({
      methods: ["GET"],
      matcher: `/admin/ordo/reports/${name}`,
      middlewares: [validateAndTransformQuery(ReportQuery, {})],
    }),
  ),
  { methods: ["POST"], matcher: "/admin/ordo/reports/rebuild", middlewares: [validateAndTransformBody(RebuildBody)] },
]
