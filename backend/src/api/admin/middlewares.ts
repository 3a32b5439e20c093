import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  orderChangeGatesGuard,
  protectOrdoMetadata,
  refuseDisabledModuleRoutes,
  refuseDraftConversion,
  refuseOrderTransfer,
  refuseShippingBeforeDeposit,
  refuseWhileAwaitingApproval,
  requireCrashingFields,
  requireExisting,
} from "../guards/admin-orders"
import { enterAuditContext } from "../guards/audit-context"
import { enforceStaffRights } from "../guards/staff-rights"

type Method = "POST" | "DELETE"
const writes: Method[] = ["POST", "DELETE"]

/**
 * Medusa's own admin routes, each a door to Ordo's rules: every write needs the staff right its
 * route is filed under (domain/staff-rights.ts); order routes run the same gates as Ordo's
 * place-order workflow or refuse; routes Medusa answers with a 500 for a missing id answer 404.
 */
export const medusaAdminMiddlewares: MiddlewareRoute[] = [
  // Rights first, then what Medusa would crash on (before Medusa's own route middlewares).
  // Then the audit context: who and which route, for the audit triggers (ADR 026).
  {
    matcher: "/admin/*",
    middlewares: [enforceStaffRights, refuseDisabledModuleRoutes, requireCrashingFields, enterAuditContext],
  },
  {
    methods: writes,
    matcher: "/admin/products/:id/*",
    middlewares: [requireExisting([{ param: "id", entity: "product", label: "Product" }])],
  },
  {
    methods: writes,
    matcher: "/admin/products/:id/variants/:variant_id",
    middlewares: [requireExisting([{ param: "variant_id", entity: "product_variant", label: "Product variant" }])],
  },
  {
    methods: ["GET"],
    matcher: "/admin/fulfillment-providers/:id/options",
    middlewares: [requireExisting([{ param: "id", entity: "fulfillment_provider", label: "Fulfillment provider" }])],
  },
  {
    methods: writes,
    matcher: "/admin/api-keys/:id/sales-channels",
    middlewares: [requireExisting([{ param: "id", entity: "api_key", label: "API key" }])],
  },
  ...(["claims", "exchanges"] as const).map(
    (kind): MiddlewareRoute => ({
      methods: writes,
      matcher: `/admin/${kind}/:id/*`,
      middlewares: [
        requireExisting([
          {
            param: "id",
            entity: kind === "claims" ? "order_claim" : "order_exchange",
            label: kind === "claims" ? "Claim" : "Exchange",
          },
        ]),
      ],
    }),
  ),
  // Medusa's order routes: the same gates as Ordo's place-order workflow, or a refusal.
  { methods: ["POST"], matcher: "/admin/draft-orders/:id/convert-to-order", middlewares: [refuseDraftConversion] },
  { methods: ["POST"], matcher: "/admin/orders/:id/transfer", middlewares: [refuseOrderTransfer] },
  { methods: ["POST"], matcher: "/admin/orders/:id/transfer/*", middlewares: [refuseOrderTransfer] },
  { methods: writes, matcher: "/admin/orders/:id/*", middlewares: [refuseWhileAwaitingApproval] },
  { methods: ["POST"], matcher: "/admin/orders/:id", middlewares: [refuseWhileAwaitingApproval, protectOrdoMetadata] },
  { methods: writes, matcher: "/admin/order-edits", middlewares: [refuseWhileAwaitingApproval] },
  { methods: writes, matcher: "/admin/order-edits/:id", middlewares: [refuseWhileAwaitingApproval] },
  { methods: writes, matcher: "/admin/order-edits/:id/*", middlewares: [refuseWhileAwaitingApproval] },
  { methods: ["POST"], matcher: "/admin/order-edits/:id/request", middlewares: [orderChangeGatesGuard] },
  { methods: ["POST"], matcher: "/admin/order-edits/:id/confirm", middlewares: [orderChangeGatesGuard] },
  { methods: writes, matcher: "/admin/order-changes/:id", middlewares: [refuseWhileAwaitingApproval] },
  { methods: ["POST"], matcher: "/admin/exchanges", middlewares: [refuseWhileAwaitingApproval] },
  { methods: ["POST"], matcher: "/admin/exchanges/:id/request", middlewares: [orderChangeGatesGuard] },
  { methods: ["POST"], matcher: "/admin/claims", middlewares: [refuseWhileAwaitingApproval] },
  { methods: ["POST"], matcher: "/admin/claims/:id/request", middlewares: [orderChangeGatesGuard] },
  { methods: ["POST"], matcher: "/admin/returns", middlewares: [refuseWhileAwaitingApproval] },
  {
    methods: ["POST"],
    matcher: "/admin/fulfillments",
    middlewares: [refuseWhileAwaitingApproval, refuseShippingBeforeDeposit],
  },
  { methods: ["POST"], matcher: "/admin/fulfillments/:id/shipment", middlewares: [refuseShippingBeforeDeposit] },
  { methods: ["POST"], matcher: "/admin/orders/:id/fulfillments", middlewares: [refuseShippingBeforeDeposit] },
  {
    methods: ["POST"],
    matcher: "/admin/orders/:id/fulfillments/:fulfillment_id/shipments",
    middlewares: [refuseShippingBeforeDeposit],
  },
  { methods: writes, matcher: "/admin/draft-orders/:id/edit", middlewares: [refuseWhileAwaitingApproval] },
  { methods: writes, matcher: "/admin/draft-orders/:id/edit/*", middlewares: [refuseWhileAwaitingApproval] },
  { methods: writes, matcher: "/admin/draft-orders/:id", middlewares: [refuseWhileAwaitingApproval] },
]
