import { data, Form, Link, redirect, useNavigation } from "react-router"
import { AuthCard, AuthErrorBoundary } from "../components/auth-card"
import { FieldError, Notice } from "../components/form-bits"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { MedusaError, medusaRequest } from "../lib/medusa.server"
import { type FieldErrors, formToObject, loginSchema } from "../lib/schemas"
import { seal, unseal } from "../lib/seal.server"
import { commitSession, getSession, safeRedirectTo } from "../lib/session.server"
import type { Route } from "./+types/login"

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "login.title")
}

export async function loader({ request }: Route.LoaderArgs) {
  const session = await getSession(request)
  const url = new URL(request.url)
  const redirectTo = safeRedirectTo(url.searchParams.get("redirectTo"))
  if (unseal(session.get("token"))) throw redirect(redirectTo)
  return { redirectTo, expired: url.searchParams.get("expired") === "1", reset: url.searchParams.get("reset") === "1" }
}

interface LoginActionData {
  fieldErrors?: FieldErrors
  formError?: string
  backendMessage?: string
  email: string
}

export async function action({ request }: Route.ActionArgs) {
  const form = formToObject(await request.formData())
  const parsed = loginSchema.safeParse(form)
  if (!parsed.success) {
    return data<LoginActionData>(
      { fieldErrors: parsed.error.flatten().fieldErrors, email: form.email ?? "" },
      { status: 400 },
    )
  }
  const { email, password } = parsed.data
  let token: string
  try {
    ;({ token } = await medusaRequest<{ token: string }>("/auth/customer/emailpass", {
      method: "POST",
      body: { email, password },
      forwardFor: request,
    }))
  } catch (error) {
    if (error instanceof MedusaError && error.status === 429) {
      return data<LoginActionData>({ formError: "login.throttled", email }, { status: 429 })
    }
    if (error instanceof MedusaError && (error.status === 401 || error.status === 400)) {
      return data<LoginActionData>({ formError: "login.invalid", email }, { status: 400 })
    }
    if (error instanceof MedusaError) {
      return data<LoginActionData>(
        { formError: "errors.backend", backendMessage: error.message, email },
        { status: 502 },
      )
    }
    throw error
  }
  const session = await getSession(request)
  session.set("token", seal(token))
  // A cart belongs to one customer; never carry another buyer's cart across logins.
  session.unset("cart_id")
  return redirect(safeRedirectTo(parsed.data.redirectTo), {
    headers: { "Set-Cookie": await commitSession(session) },
  })
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tr } = useTranslation()
  const navigation = useNavigation()
  const busy = navigation.state === "submitting"
  return (
    <AuthCard title={t("login.title")} tagline={t("app.tagline")} languageRedirect="/login">
      {loaderData.expired ? (
        <Notice kind="info" testId="login-expired">
          {t("login.expired")}
        </Notice>
      ) : null}
      {loaderData.reset ? (
        <Notice kind="success" testId="login-reset-done">
          {t("login.resetDone")}
        </Notice>
      ) : null}
      {actionData?.formError ? (
        <Notice kind="error" testId="login-error">
          {tr(actionData.formError)}
          {actionData.backendMessage ? `: ${actionData.backendMessage}` : null}
        </Notice>
      ) : null}
      <Form method="post" className="stack">
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <label className="field">
          <span>{t("login.email")}</span>
          <input
            type="email"
            name="email"
            autoComplete="username"
            required
            defaultValue={actionData?.email}
            data-testid="login-email"
            aria-invalid={actionData?.fieldErrors?.email ? true : undefined}
            aria-describedby="login-email-error"
          />
          <FieldError id="login-email-error" errors={actionData?.fieldErrors?.email} />
        </label>
        <label className="field">
          <span>{t("login.password")}</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            data-testid="login-password"
            aria-invalid={actionData?.fieldErrors?.password ? true : undefined}
            aria-describedby="login-password-error"
          />
          <FieldError id="login-password-error" errors={actionData?.fieldErrors?.password} />
        </label>
        <button type="submit" className="button button-primary" data-testid="login-submit" disabled={busy}>
          {busy ? t("login.submitting") : t("login.submit")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password" data-testid="login-forgot">
          {t("login.forgot")}
        </Link>
      </p>
    </AuthCard>
  )
}

export { AuthErrorBoundary as ErrorBoundary }
