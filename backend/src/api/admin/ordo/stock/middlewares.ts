import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdjustmentBody,
  CostLayersQuery,
  LevelsQuery,
  MovementsQuery,
  ReceiptBody,
  ThresholdBody,
  TransferBody,
} from "./validators"

export const stockMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/ordo/stock/levels", middlewares: [validateAndTransformQuery(LevelsQuery, {})] },
  {
    methods: ["GET"],
    matcher: "/admin/ordo/stock/movements",
    middlewares: [validateAndTransformQuery(MovementsQuery, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/ordo/stock/cost-layers",
    middlewares: [validateAndTransformQuery(CostLayersQuery, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/ordo/stock/thresholds",
    middlewares: [validateAndTransformBody(ThresholdBody)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/ordo/stock/adjustments",
    middlewares: [validateAndTransformBody(AdjustmentBody)],
  },
  { methods: ["POST"], matcher: "/admin/ordo/stock/transfers", middlewares: [validateAndTransformBody(TransferBody)] },
  { methods: ["POST"], matcher: "/admin/ordo/purchase-receipts", middlewares: [validateAndTransformBody(ReceiptBody)] },
]
