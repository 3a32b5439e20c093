/** One change at a time per quote (revise, send, reject, accept), across processes. */
export const quoteLock = (quoteId: string) => ({
  keys: [`ordo:quote:${quoteId}`],
  busy: "This quote is being changed by someone else right now; please retry",
})
