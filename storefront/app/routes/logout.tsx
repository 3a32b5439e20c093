import { redirect } from "react-router"
import { destroySession, getSession } from "../lib/session.server"
import type { Route } from "./+types/logout"

export async function action({ request }: Route.ActionArgs) {
  const session = await getSession(request)
  return redirect("/login", { headers: { "Set-Cookie": await destroySession(session) } })
}

// Signing out changes state, so it is POST-only; a stray GET just goes home.
export async function loader() {
  return redirect("/")
}
