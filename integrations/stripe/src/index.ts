export { type StripeConfig, stripeClient, stripeConfigFrom } from "./client"
export { invoiceCheckoutSession, invoicePaymentIntent, type PayableInvoice } from "./invoice-payment"
export { fromMinorUnits, stripeDecimals, toMinorUnits } from "./minor-units"
export { paymentOf, type StripePaymentEvent, StripeSignatureError, verifyStripeEvent } from "./webhook"
