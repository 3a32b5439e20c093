import { redirect } from "react-router"
import { isLang } from "../i18n"
import { langCookie } from "../lib/lang.server"
import { safeRedirectTo } from "../lib/session.server"
import type { Route } from "./+types/set-language"

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  const lang = form.get("lang")
  const redirectTo = safeRedirectTo(form.get("redirectTo"))
  if (!isLang(lang)) return redirect(redirectTo)
  return redirect(redirectTo, { headers: { "Set-Cookie": langCookie(lang) } })
}

export async function loader() {
  return redirect("/")
}
