import type { ReactNode } from "react"
import { Link } from "react-router"
import { useTranslation } from "../i18n/use-translation"
import { LanguageSwitch } from "./language-switch"
import { RouteErrorBoundary } from "./route-error"

/** The signed-out pages' frame (sign in, forgot / reset password): brand, title, content, language. */
export function AuthCard({
  title,
  tagline,
  languageRedirect,
  children,
}: {
  title: string
  tagline?: string
  languageRedirect: string
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <main className="login-page">
      <div className="login-card">
        <div className="brand brand-large">
          <span className="brand-mark">O</span> Ordo
        </div>
        {tagline ? <p className="muted">{tagline}</p> : null}
        <h1>{title}</h1>
        {children}
        <LanguageSwitch redirectTo={languageRedirect} className="lang-switch-inline" />
      </div>
      <footer className="login-footer">
        <Link to="/track" data-testid="track-link">
          {t("track.link")}
        </Link>
      </footer>
    </main>
  )
}

export function AuthErrorBoundary() {
  return (
    <main className="page page-narrow">
      <RouteErrorBoundary />
    </main>
  )
}
