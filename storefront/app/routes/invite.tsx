import { Form, redirect } from "react-router"
import { Notice } from "../components/form-bits"
import { RouteErrorBoundary } from "../components/route-error"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { backendAction } from "../lib/b2b.server"
import { translateBackendMessage } from "../lib/backend-messages"
import { MedusaError, medusaRequest } from "../lib/medusa.server"
import { formToObject } from "../lib/schemas"
import type { Route } from "./+types/invite"

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "invite.title")
}

export async function loader({ params }: Route.LoaderArgs) {
  try {
    return await medusaRequest<{ invite: { email: string; role: string; company_name: string } }>(
      `/store/company-invites/${encodeURIComponent(params.token)}`,
    )
  } catch (error) {
    if (error instanceof MedusaError && error.status === 404)
      throw new Response("Invitation not valid", { status: 404 })
    throw error
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const f = formToObject(await request.formData())
  const r = await backendAction(() =>
    medusaRequest(`/store/company-invites/${encodeURIComponent(params.token)}/accept`, {
      method: "POST",
      body: { first_name: f.first_name ?? "", last_name: f.last_name ?? "", password: f.password ?? "" },
    }),
  )
  if (!r.ok) return r.response
  return redirect("/login?invited=1")
}

export default function InvitePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang } = useTranslation()
  const { invite } = loaderData
  return (
    <main className="auth-page">
      <Form method="post" className="stack card">
        <h1>{t("invite.heading", { company: invite.company_name })}</h1>
        <p className="muted">{invite.email}</p>
        {actionData && "error" in actionData ? (
          <Notice kind="error">{translateBackendMessage(actionData.error, lang)}</Notice>
        ) : null}
        <label>
          {t("invite.firstName")}
          <input name="first_name" required />
        </label>
        <label>
          {t("invite.lastName")}
          <input name="last_name" required />
        </label>
        <label>
          {t("login.password")}
          <input type="password" name="password" minLength={8} required />
        </label>
        <button type="submit" className="button button-primary">
          {t("invite.submit")}
        </button>
      </Form>
    </main>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
