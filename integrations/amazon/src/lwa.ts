/**
 * Login with Amazon: a refresh token exchanged for an access token (valid one hour), kept in
 * memory until shortly before it expires. Concurrent callers share one exchange.
 */
export const LWA_TOKEN_URL = "https://api.amazon.com/auth/o2/token"

export type LwaCredentials = {
  clientId: string
  clientSecret: string
  refreshToken: string
  /** Default https://api.amazon.com/auth/o2/token; the tests point it at the fake server. */
  tokenUrl?: string
}

export type LwaOptions = LwaCredentials & {
  fetch?: typeof fetch
  now?: () => number
  /** Exchange again this long before the token expires (default 60 s). */
  refreshMarginMs?: number
  timeoutMs?: number
}

export type LwaTokenProvider = {
  getAccessToken(): Promise<string>
  /** Forget the cached token (after the API refused it). */
  invalidate(): void
  /** How many exchanges were made (for tests and metrics). */
  readonly exchanges: number
}

/** A refused or failed exchange: HTTP status (0 without a response) and LWA's error code. */
export class LwaError extends Error {
  readonly status: number
  readonly code?: string
  constructor(status: number, message: string, code?: string) {
    super(message)
    this.name = "LwaError"
    this.status = status
    this.code = code
  }
}

export const isLwaTokenProvider = (v: unknown): v is LwaTokenProvider =>
  typeof (v as LwaTokenProvider | undefined)?.getAccessToken === "function"

export function createLwaTokenProvider(options: LwaOptions): LwaTokenProvider {
  const doFetch = options.fetch ?? fetch
  const now = options.now ?? Date.now
  const margin = options.refreshMarginMs ?? 60_000
  const url = options.tokenUrl ?? LWA_TOKEN_URL
  let cached: { token: string; refreshAt: number } | undefined
  let inflight: Promise<string> | undefined
  let exchanges = 0

  async function exchange(): Promise<string> {
    exchanges++
    const body = new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: options.refreshToken,
      client_id: options.clientId,
      client_secret: options.clientSecret,
    })
    let res: Response
    try {
      res = await doFetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8", Accept: "application/json" },
        body: body.toString(),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      })
    } catch (e) {
      throw new LwaError(0, `LWA token exchange failed: ${(e as Error).message}`)
    }
    const text = await res.text()
    let data: Record<string, unknown> = {}
    try {
      data = text ? JSON.parse(text) : {}
    } catch {
      // an HTML error page: reported with the status below
    }
    if (!res.ok || typeof data.access_token !== "string") {
      const code = typeof data.error === "string" ? data.error : undefined
      const description = typeof data.error_description === "string" ? data.error_description : res.statusText
      throw new LwaError(res.status, `LWA token exchange refused: ${code ?? res.status} ${description}`.trim(), code)
    }
    const expiresInMs = (Number(data.expires_in) > 0 ? Number(data.expires_in) : 3600) * 1000
    cached = { token: data.access_token, refreshAt: now() + Math.max(0, expiresInMs - margin) }
    return data.access_token
  }

  return {
    async getAccessToken() {
      if (cached && now() < cached.refreshAt) return cached.token
      inflight ??= exchange().finally(() => {
        inflight = undefined
      })
      return inflight
    },
    invalidate() {
      cached = undefined
    },
    get exchanges() {
      return exchanges
    },
  }
}
