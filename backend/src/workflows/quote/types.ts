/** Who wrote a version or a message of a quote. */
export type QuoteAuthor = { type: "customer" | "user"; id: string; name: string }
