import { createHash, timingSafeEqual } from "node:crypto"

const digest = (v: string) => createHash("sha256").update(v, "utf8").digest()

/**
 * The shared `?token=` Shippo's webhook security docs offer (ADR 021: their HMAC format is not
 * in the references we hold). Compared in constant time over SHA-256 digests, so neither the
 * content nor the length of the expected token leaks. False when either side is missing.
 */
export function verifyWebhookToken(given: string | undefined | null, expected: string | undefined | null): boolean {
  if (typeof given !== "string" || typeof expected !== "string" || !given || !expected) return false
  return timingSafeEqual(digest(given), digest(expected))
}
