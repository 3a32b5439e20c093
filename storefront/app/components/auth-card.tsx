import type { ReactNode } from "react"
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
