import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { throttleLookups } from "../../guards/lookup-throttle"
import { ApprovalListQuery, DocumentQuery, StatementQuery } from "../../validation"
import { TrackQuery } from "../track/validators"
import { StoreCheckout } from "./carts/[id]/checkout/validators"
import { AcceptInviteBody, InviteBuyerBody, UpdateBuyerBody } from "./company/validators"
import { CheckoutSessionBody } from "./invoices/validators"
import { StoreQuickOrder } from "./quick-order/validators"
import { QuoteMessageBody, StoreAcceptQuote, StoreRejectQuote, StoreRequestQuote } from "./quotes/validators"
import { ApprovalDecisionBody, StoreListInvoices, StoreListOrders } from "./validators"

const body = validateAndTransformBody
const query = (schema: Parameters<typeof validateAndTransformQuery>[0]) => validateAndTransformQuery(schema, {})

/** Ordo's buyer API (/store/ordo/*): a signed-in customer, then each route's body and query validated. */
export const storeOrdoMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/ordo/*", middlewares: [authenticate("customer", ["bearer", "session"])] },
  { methods: ["POST"], matcher: "/store/ordo/quick-order", middlewares: [body(StoreQuickOrder)] },
  { methods: ["POST"], matcher: "/store/ordo/carts/:id/checkout", middlewares: [body(StoreCheckout)] },
  { methods: ["GET"], matcher: "/store/ordo/approvals", middlewares: [query(ApprovalListQuery)] },
  { methods: ["POST"], matcher: "/store/ordo/approvals/:id/decision", middlewares: [body(ApprovalDecisionBody)] },
  { methods: ["POST"], matcher: "/store/ordo/quotes", middlewares: [body(StoreRequestQuote)] },
  { methods: ["POST"], matcher: "/store/ordo/quotes/:id/messages", middlewares: [body(QuoteMessageBody)] },
  { methods: ["POST"], matcher: "/store/ordo/quotes/:id/accept", middlewares: [body(StoreAcceptQuote)] },
  { methods: ["POST"], matcher: "/store/ordo/quotes/:id/reject", middlewares: [body(StoreRejectQuote)] },
  { methods: ["GET"], matcher: "/store/ordo/quotes/:id/pdf", middlewares: [query(DocumentQuery)] },
  { methods: ["POST"], matcher: "/store/ordo/company/invites", middlewares: [body(InviteBuyerBody)] },
  { methods: ["POST"], matcher: "/store/ordo/company/buyers/:id", middlewares: [body(UpdateBuyerBody)] },
  { methods: ["GET"], matcher: "/store/ordo/invoices", middlewares: [query(StoreListInvoices)] },
  { methods: ["GET"], matcher: "/store/ordo/orders", middlewares: [query(StoreListOrders)] },
  { methods: ["GET"], matcher: "/store/ordo/invoices/:id/pdf", middlewares: [query(DocumentQuery)] },
  { methods: ["POST"], matcher: "/store/ordo/invoices/:id/checkout-session", middlewares: [body(CheckoutSessionBody)] },
  { methods: ["GET"], matcher: "/store/ordo/statement", middlewares: [query(StatementQuery)] },
  // Public: the tracking lookup (order number + postal code or e-mail, or a tracking number), throttled on misses.
  { methods: ["GET"], matcher: "/store/track", middlewares: [throttleLookups, query(TrackQuery)] },
  // Public: the invitation link (its token is the credential).
  { methods: ["POST"], matcher: "/store/company-invites/:token/accept", middlewares: [body(AcceptInviteBody)] },
]
