// Moved to domain/money.ts; kept so existing imports still resolve until lib/ is dissolved.
export * from "../domain/money"
