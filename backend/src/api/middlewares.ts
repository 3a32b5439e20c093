import {
  defineMiddlewares,
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { isOrdoConflict } from "../domain/errors"
import { medusaAdminMiddlewares } from "./admin/middlewares"
import { adminOrdoMiddlewares } from "./admin/ordo/middlewares"
import { badInputAsClientError } from "./guards/db-errors"
import { refuseNulBytes, requireExpiringToken } from "./guards/http-hygiene"
import { throttleLogin } from "./guards/login-throttle"
import { medusaStoreMiddlewares } from "./store/middlewares"
import { storeOrdoMiddlewares } from "./store/ordo/middlewares"

const medusaErrorHandler = errorHandler()

/**
 * Every request's middlewares, area by area (each area keeps its own list beside its routes):
 * hygiene for all, then Medusa's admin and store routes as doors to Ordo's rules, then Ordo's
 * staff and buyer APIs with their validators, then webhooks.
 */
export default defineMiddlewares({
  // Medusa answers every 409 with a generic retry hint; Ordo's conflicts keep their message.
  errorHandler: (error: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (isOrdoConflict(error)) {
      res.status(409).json({ type: "conflict", message: error.message })
      return
    }
    const clientError = badInputAsClientError(error)
    if (clientError) {
      res.status(400).json(clientError)
      return
    }
    return medusaErrorHandler(error, req, res, next)
  },
  routes: [
    // Every request: no NUL characters, no never-expiring tokens (headers: guards/http-headers.ts).
    { matcher: "/*", middlewares: [refuseNulBytes, requireExpiringToken] },
    { methods: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [throttleLogin] },
    ...medusaAdminMiddlewares,
    ...adminOrdoMiddlewares,
    ...medusaStoreMiddlewares,
    ...storeOrdoMiddlewares,
    // Stripe signs the exact bytes it sent: keep the raw body for verification.
    { methods: ["POST"], matcher: "/webhooks/stripe", bodyParser: { preserveRawBody: true } },
    // Shippo's track_updated body is parsed leniently by its adapter (optional fields may be missing).
    { methods: ["POST"], matcher: "/webhooks/shippo", bodyParser: { preserveRawBody: true, sizeLimit: "1mb" } },
    // Shopify signs the exact bytes too; its orders can be large.
    {
      methods: ["POST"],
      matcher: "/webhooks/shopify/:connection_id",
      bodyParser: { preserveRawBody: true, sizeLimit: "2mb" },
    },
  ],
})
