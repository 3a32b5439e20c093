import { authenticate, defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { ownOrdersOnly } from "./store/orders/guards"
import { StoreCheckout } from "./store/ordo/carts/[id]/checkout/validators"
import { StoreQuickOrder } from "./store/ordo/quick-order/validators"

export default defineMiddlewares({
  routes: [
    {
      method: ["GET"],
      matcher: "/store/orders/:id",
      middlewares: [authenticate("customer", ["bearer", "session"]), ownOrdersOnly],
    },
    {
      matcher: "/store/ordo/*",
      middlewares: [authenticate("customer", ["bearer", "session"])],
    },
    {
      method: ["POST"],
      matcher: "/store/ordo/quick-order",
      middlewares: [validateAndTransformBody(StoreQuickOrder)],
    },
    {
      method: ["POST"],
      matcher: "/store/ordo/carts/:id/checkout",
      middlewares: [validateAndTransformBody(StoreCheckout)],
    },
  ],
})
