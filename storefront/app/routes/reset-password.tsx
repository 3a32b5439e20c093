import { data, Form, Link, redirect, useNavigation } from "react-router"
import { AuthCard, AuthErrorBoundary } from "../components/auth-card"
import { FieldError, Notice } from "../components/form-bits"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { MedusaError, medusaRequest } from "../lib/medusa.server"
import { type FieldErrors, formToObject, resetPasswordSchema } from "../lib/schemas"
import type { Route } from "./+types/reset-password"

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "reset.title")
}

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  return { token: url.searchParams.get("token") ?? "", email: url.searchParams.get("email") ?? "" }
}

type ActionData = { fieldErrors?: FieldErrors; formError?: string }

/** Sets the new password with the one-time token from the e-mail, then back to sign in. */
export async function action({ request }: Route.ActionArgs) {
  const parsed = resetPasswordSchema.safeParse(formToObject(await request.formData()))
  if (!parsed.success) {
    return data<ActionData>({ fieldErrors: parsed.error.flatten().fieldErrors }, { status: 400 })
  }
  try {
    await medusaRequest("/auth/customer/emailpass/update", {
      method: "POST",
      token: parsed.data.token,
      body: { password: parsed.data.password },
    })
  } catch (error) {
    if (error instanceof MedusaError && error.status < 500) {
      return data<ActionData>({ formError: "reset.invalid" }, { status: 400 })
    }
    throw error
  }
  return redirect("/login?reset=1")
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tr } = useTranslation()
  const busy = useNavigation().state === "submitting"
  return (
    <AuthCard title={t("reset.title")} languageRedirect="/login">
      {!loaderData.token ? <Notice kind="error">{t("reset.missing")}</Notice> : null}
      {actionData?.formError ? (
        <Notice kind="error" testId="reset-error">
          {tr(actionData.formError)} <Link to="/forgot-password">{t("forgot.title")}</Link>
        </Notice>
      ) : null}
      <Form method="post" className="stack">
        <input type="hidden" name="token" value={loaderData.token} />
        {loaderData.email ? <p className="muted">{loaderData.email}</p> : null}
        <label className="field">
          <span>{t("reset.password")}</span>
          <input
            type="password"
            name="password"
            autoComplete="new-password"
            minLength={8}
            required
            data-testid="reset-password"
            aria-invalid={actionData?.fieldErrors?.password ? true : undefined}
            aria-describedby="reset-password-error"
          />
          <FieldError id="reset-password-error" errors={actionData?.fieldErrors?.password} />
        </label>
        <label className="field">
          <span>{t("reset.confirm")}</span>
          <input
            type="password"
            name="confirm"
            autoComplete="new-password"
            minLength={8}
            required
            data-testid="reset-confirm"
            aria-invalid={actionData?.fieldErrors?.confirm ? true : undefined}
            aria-describedby="reset-confirm-error"
          />
          <FieldError id="reset-confirm-error" errors={actionData?.fieldErrors?.confirm} />
        </label>
        <button type="submit" className="button button-primary" data-testid="reset-submit" disabled={busy}>
          {t("reset.submit")}
        </button>
      </Form>
    </AuthCard>
  )
}

export { AuthErrorBoundary as ErrorBoundary }
