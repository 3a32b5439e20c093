import { isRouteErrorResponse, Link, useRouteError } from "react-router"
import { useTranslation } from "../i18n/use-translation"

/** A friendly message for thrown responses and unexpected errors; 404s get their own text. */
export function RouteErrorBoundary() {
  const error = useRouteError()
  const { t } = useTranslation()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  if (!notFound && typeof console !== "undefined") console.error(error)
  return (
    <section className="error-panel" role="alert" data-testid="error-boundary">
      <h1>{notFound ? t("errors.notFoundTitle") : t("errors.genericTitle")}</h1>
      <p>{notFound ? t("errors.notFoundBody") : t("errors.genericBody")}</p>
      {isRouteErrorResponse(error) && !notFound ? <p className="muted">HTTP {error.status}</p> : null}
      <p>
        <Link to="/">{t("errors.backToCatalog")}</Link>
      </p>
    </section>
  )
}
