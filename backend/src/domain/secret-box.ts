import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto"

/**
 * Secrets at rest (marketplace tokens, webhook secrets): AES-256-GCM with a random 12-byte IV,
 * stored as `v1.<iv>.<tag>.<ciphertext>` in base64url. The key is 32 bytes given as 64 hex
 * characters or base64; anything else is refused so a typo never means "no encryption".
 */
export function parseKey(raw: string | undefined): Buffer | undefined {
  const text = raw?.trim()
  if (!text) return undefined
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, "hex") : Buffer.from(text, "base64")
  if (key.length !== 32) throw new Error("the channel encryption key must be 32 bytes (64 hex characters or base64)")
  return key
}

export function seal(key: Buffer, plain: unknown): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", key, iv)
  const body = Buffer.concat([cipher.update(JSON.stringify(plain), "utf8"), cipher.final()])
  return ["v1", iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".")
}

export function open<T = unknown>(key: Buffer, sealed: string): T {
  const [version, iv, tag, body] = sealed.split(".")
  if (version !== "v1" || !iv || !tag || !body) throw new Error("not a sealed secret")
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"))
  decipher.setAuthTag(Buffer.from(tag, "base64url"))
  const plain = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()])
  return JSON.parse(plain.toString("utf8")) as T
}

/** A short, stable fingerprint of a key (to tell which key sealed what), never the key. */
export const keyFingerprint = (key: Buffer) => createHash("sha256").update(key).digest("hex").slice(0, 8)
