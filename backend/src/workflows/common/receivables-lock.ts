/** The lock every write to one company's receivables takes (payments, credit, credit notes). */
export const receivablesLock = (companyId: string) => ({
  keys: [`ordo:receivables:${companyId}`],
  busy: "Someone else is recording money for this company right now; nothing was changed, please retry",
})

/** The lock invoicing one order takes (deposit, per fulfillment, whole order), so two never overlap. */
export const orderInvoicingLock = (orderId: string) => ({
  keys: [`ordo:invoice:order:${orderId}`],
  busy: "This order is being invoiced right now; please retry",
})
