import { createCookieSessionStorage, redirect } from "react-router"
import { sessionSecret } from "./env.server"

export interface SessionData {
  token: string
  cart_id: string
}

export interface SessionFlashData {
  notice: { key: string; values?: Record<string, string | number> }
}

export const sessionStorage = createCookieSessionStorage<SessionData, SessionFlashData>({
  cookie: {
    name: "__ordo_session",
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secrets: [sessionSecret()],
    // Off by default because the portal is commonly served over plain http behind a TLS proxy or on localhost.
    secure: process.env.SESSION_COOKIE_SECURE === "1",
    maxAge: 60 * 60 * 24 * 7,
  },
})

export function getSession(request: Request) {
  return sessionStorage.getSession(request.headers.get("Cookie"))
}

export const commitSession = sessionStorage.commitSession
export const destroySession = sessionStorage.destroySession

/** Only same-site relative paths are allowed as post-login targets (no open redirects). */
export function safeRedirectTo(value: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback
  }
  return value
}

/** Builds the redirect used when the backend no longer accepts the buyer's token. */
export async function expiredSessionRedirect(request: Request): Promise<Response> {
  const session = await getSession(request)
  const url = new URL(request.url)
  const params = new URLSearchParams({ expired: "1" })
  // After signing in again the buyer lands where they were, unless they were submitting a form.
  if (request.method === "GET" && url.pathname !== "/") params.set("redirectTo", `${url.pathname}${url.search}`)
  return redirect(`/login?${params}`, {
    headers: { "Set-Cookie": await destroySession(session) },
  })
}
