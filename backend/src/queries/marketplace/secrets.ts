import { MedusaError } from "@medusajs/framework/utils"
import { open, parseKey } from "../../domain/secret-box"

/** A connection's secrets, opened with ORDO_CHANNEL_KEY; refused (not guessed) when the key is missing. */
export function connectionSecrets(connection: { credentials?: string | null }): Record<string, string> {
  if (!connection.credentials) return {}
  const key = parseKey(process.env.ORDO_CHANNEL_KEY)
  if (!key)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Marketplace credentials cannot be read: no encryption key is set up",
    )
  return open<Record<string, string>>(key, connection.credentials)
}
