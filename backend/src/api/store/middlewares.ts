import { allowFields, authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { ownCartOnly, ownPaymentCollectionOnly, refuseWith } from "../guards/store-carts"
import { companyOrdersOnly } from "./orders/guards"

const customer = authenticate("customer", ["bearer", "session"])

/**
 * Medusa's own store routes: a cart is its buyer's own; routes that would go around Ordo's rules
 * (cart completion, promotions, order transfer, self-service returns) refuse and say where to go.
 * (Middlewares without a method are prefix matches: these cover every /store/carts/... route.)
 */
export const medusaStoreMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts", middlewares: [customer] },
  { matcher: "/store/carts/:id", middlewares: [ownCartOnly] },
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/complete",
    middlewares: [
      refuseWith(
        "Orders are placed through Ordo's checkout: POST /store/ordo/carts/{id}/checkout with address_id and po_number",
      ),
    ],
  },
  {
    methods: ["POST", "DELETE"],
    matcher: "/store/carts/:id/promotions",
    middlewares: [refuseWith("Promotions do not apply to on-account orders; your contract prices already do")],
  },
  { matcher: "/store/payment-collections*", middlewares: [customer] },
  { methods: ["POST"], matcher: "/store/payment-collections", middlewares: [ownPaymentCollectionOnly] },
  { methods: ["POST"], matcher: "/store/payment-collections/:id/*", middlewares: [ownPaymentCollectionOnly] },
  {
    methods: ["POST"],
    matcher: "/store/orders/:id/transfer/*",
    middlewares: [refuseWith("Orders stay with the company that placed them; they cannot be transferred")],
  },
  {
    methods: ["POST"],
    matcher: "/store/returns",
    middlewares: [
      refuseWith("Returns are arranged by the seller: ask your sales contact, who records them in the back office"),
    ],
  },
  // The PO number lives in order.metadata; Medusa's store order detail does not allow that
  // field by default (the list does). Must not be method-scoped: queries are validated first.
  { matcher: "/store/orders/:id", middlewares: [allowFields("metadata")] },
  { methods: ["GET"], matcher: "/store/orders/:id", middlewares: [customer, companyOrdersOnly] },
]
