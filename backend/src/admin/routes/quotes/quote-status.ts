/** A quote status's badge colour: sent is live, accepted/ordered are won, declined is lost, the rest grey. */
export const quoteStatusColour = (s: string) =>
  s === "sent" ? "blue" : s === "accepted" || s === "ordered" ? "green" : s === "rejected" ? "red" : "grey"
