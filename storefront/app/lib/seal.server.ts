import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto"
import { sessionSecret } from "./env.server"

/**
 * The backend's sign-in token travels in the session cookie sealed (AES-256-GCM, a key derived
 * from SESSION_SECRET), never as a raw JWT: the cookie is signed by React Router and its
 * content unreadable and unforgeable without the secret, and the storefront stays stateless
 * (any number of instances, no session store).
 */
const key = () => Buffer.from(hkdfSync("sha256", sessionSecret(), "ordo-storefront", "session-token", 32))

export function seal(plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", key(), iv)
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
  return ["v1", iv.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(
    ".",
  )
}

/** The sealed value, or undefined when it was not sealed with this secret (or was tampered with). */
export function unseal(sealed: string | undefined | null): string | undefined {
  if (!sealed) return undefined
  const [version, iv, body, tag] = sealed.split(".")
  if (version !== "v1" || !iv || !body || !tag) return undefined
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"))
    decipher.setAuthTag(Buffer.from(tag, "base64url"))
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8")
  } catch {
    return undefined
  }
}
