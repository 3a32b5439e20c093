import { index, layout, type RouteConfig, route } from "@react-router/dev/routes"

export default [
  route("login", "routes/login.tsx"),
  route("logout", "routes/logout.tsx"),
  route("forgot-password", "routes/forgot-password.tsx"),
  route("reset-password", "routes/reset-password.tsx"),
  route("set-language", "routes/set-language.tsx"),
  route("invite/:token", "routes/invite.tsx"),
  // Public shipment lookup (ADR 021): order number + postal code / e-mail, or a tracking number.
  route("track", "routes/track.tsx"),
  // Everything below requires a signed-in buyer; the layout loads the customer.
  layout("routes/buyer-layout.tsx", [
    index("routes/catalog.tsx"),
    route("products/:handle", "routes/product.tsx"),
    route("cart", "routes/cart.tsx"),
    route("quick-order", "routes/quick-order.tsx"),
    route("checkout", "routes/checkout.tsx"),
    route("orders", "routes/orders.tsx"),
    route("orders/:id", "routes/order.tsx"),
    route("quotes", "routes/quotes.tsx"),
    route("quotes/:id", "routes/quote.tsx"),
    route("quotes/:id/pdf", "routes/quote-pdf.tsx"),
    route("approvals", "routes/approvals.tsx"),
    route("company", "routes/company.tsx"),
    route("invoices", "routes/invoices.tsx"),
    route("invoices/:id", "routes/invoice.tsx"),
    route("invoices/:id/pdf", "routes/invoice-pdf.tsx"),
    route("statement", "routes/statement.tsx"),
    route("payments", "routes/payments.tsx"),
    route("statement.csv", "routes/statement-csv.tsx"),
  ]),
] satisfies RouteConfig
