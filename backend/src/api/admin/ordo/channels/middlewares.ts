import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  ChannelConnectionBody,
  ChannelConnectionTestBody,
  ChannelConnectionUpdate,
  ChannelOrderResolveBody,
  ChannelOrdersQuery,
  ChannelPushesQuery,
  OrderFileBody,
} from "./validators"

export const channelMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/ordo/channels",
    middlewares: [validateAndTransformBody(ChannelConnectionBody)],
  },
  {
    // Matched (and answered) before "/admin/ordo/channels/:id": Medusa puts static segments ahead of params.
    methods: ["POST"],
    matcher: "/admin/ordo/channels/test-connection",
    middlewares: [validateAndTransformBody(ChannelConnectionTestBody)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/ordo/channels/:id",
    middlewares: [validateAndTransformBody(ChannelConnectionUpdate)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/ordo/channels/:id/orders",
    middlewares: [validateAndTransformQuery(ChannelOrdersQuery, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/ordo/channels/:id/imports*",
    bodyParser: { sizeLimit: "30mb" },
    middlewares: [validateAndTransformBody(OrderFileBody)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/ordo/channels/:id/imports",
    middlewares: [validateAndTransformQuery(ChannelPushesQuery, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/ordo/channels/:id/pushes",
    middlewares: [validateAndTransformQuery(ChannelPushesQuery, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/ordo/channel-orders/:id/resolve",
    middlewares: [validateAndTransformBody(ChannelOrderResolveBody)],
  },
]
