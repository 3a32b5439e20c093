import { data, Form, Link, useNavigation } from "react-router"
import { AuthCard, AuthErrorBoundary } from "../components/auth-card"
import { FieldError, Notice } from "../components/form-bits"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { medusaRequest } from "../lib/medusa.server"
import { type FieldErrors, forgotPasswordSchema, formToObject } from "../lib/schemas"
import type { Route } from "./+types/forgot-password"

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "forgot.title")
}

type ActionData = { fieldErrors?: FieldErrors; sentTo?: string; email?: string }

/**
 * Asks the backend for a reset link. The answer is the same whether or not the e-mail has an
 * account, so this page cannot be used to find out who buys here.
 */
export async function action({ request }: Route.ActionArgs) {
  const form = formToObject(await request.formData())
  const parsed = forgotPasswordSchema.safeParse(form)
  if (!parsed.success) {
    return data<ActionData>(
      { fieldErrors: parsed.error.flatten().fieldErrors, email: form.email ?? "" },
      { status: 400 },
    )
  }
  await medusaRequest("/auth/customer/emailpass/reset-password", {
    method: "POST",
    body: { identifier: parsed.data.email },
    forwardFor: request,
  }).catch(() => undefined)
  return data<ActionData>({ sentTo: parsed.data.email })
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const busy = useNavigation().state === "submitting"
  return (
    <AuthCard title={t("forgot.title")} languageRedirect="/forgot-password">
      {actionData?.sentTo ? (
        <Notice kind="success" testId="forgot-sent">
          {t("forgot.sent", { email: actionData.sentTo })}
        </Notice>
      ) : (
        <>
          <p className="muted">{t("forgot.intro")}</p>
          <Form method="post" className="stack">
            <label className="field">
              <span>{t("login.email")}</span>
              <input
                type="email"
                name="email"
                autoComplete="username"
                required
                defaultValue={actionData?.email}
                data-testid="forgot-email"
                aria-invalid={actionData?.fieldErrors?.email ? true : undefined}
                aria-describedby="forgot-email-error"
              />
              <FieldError id="forgot-email-error" errors={actionData?.fieldErrors?.email} />
            </label>
            <button type="submit" className="button button-primary" data-testid="forgot-submit" disabled={busy}>
              {t("forgot.submit")}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to="/login">{t("forgot.back")}</Link>
      </p>
    </AuthCard>
  )
}

export { AuthErrorBoundary as ErrorBoundary }
