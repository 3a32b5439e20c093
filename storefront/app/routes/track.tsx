import { data, Form, Link, useLocation, useNavigation } from "react-router"
import { FieldError, Notice } from "../components/form-bits"
import { LanguageSwitch } from "../components/language-switch"
import { RouteErrorBoundary } from "../components/route-error"
import { ShipmentList, ShippingStateBadge } from "../components/shipments"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { MedusaError, medusaRequest } from "../lib/medusa.server"
import type { FieldErrors } from "../lib/schemas"
import { fieldErrorsFromBackend, parseTrackParams, type TrackValues, toPublicResult } from "../lib/tracking"
import type { TrackLookupResult } from "../lib/types"
import type { Route } from "./+types/track"

export function meta({ matches }: Route.MetaArgs) {
  return [...metaTitle(matches, "track.title"), { name: "robots", content: "noindex" }]
}

/** A lookup carries a postal code or an e-mail in its URL: never kept by a shared cache. */
export function headers() {
  return { "Cache-Control": "private, no-store" }
}

type TrackOutcome =
  | { state: "idle" }
  | { state: "invalid"; fieldErrors?: FieldErrors }
  | { state: "found"; result: TrackLookupResult }
  | { state: "not_found" }
  | { state: "throttled" }
  | { state: "unavailable" }

type TrackData = { values: TrackValues; outcome: TrackOutcome }

/**
 * The public lookup (ADR 021), no sign-in: order number + delivery postal code or the order's
 * e-mail, or a tracking number. A GET form, so the result's URL can be shared. The backend
 * answers every miss with the same 404 and counts lookups per client address, which is why the
 * visitor's forwarded address is passed on as on the sign-in page.
 */
const backendQuery = (q: Record<string, string>) => {
  const { order, ...rest } = q
  return order === undefined ? rest : { order_number: order, ...rest }
}

export async function loader({ request }: Route.LoaderArgs) {
  const lookup = parseTrackParams(new URL(request.url).searchParams)
  const reply = (outcome: TrackOutcome, status = 200) => data<TrackData>({ values: lookup.values, outcome }, { status })
  if (lookup.kind === "none") return reply({ state: "idle" })
  if (lookup.kind === "invalid") return reply({ state: "invalid", fieldErrors: lookup.fieldErrors }, 400)
  try {
    const result = await medusaRequest<TrackLookupResult>("/store/track", {
      // The Store API names it order_number (`order` is Medusa's sort parameter).
      query: backendQuery(lookup.query),
      forwardFor: request,
    })
    const found = toPublicResult(result)
    if (!found.order && found.shipments.length === 0) return reply({ state: "not_found" }, 404)
    return reply({ state: "found", result: found })
  } catch (error) {
    if (!(error instanceof MedusaError)) throw error
    if (error.status === 404) return reply({ state: "not_found" }, 404)
    if (error.status === 429) return reply({ state: "throttled" }, 429)
    if (error.status === 400) {
      return reply({ state: "invalid", fieldErrors: fieldErrorsFromBackend(error.message, lookup.query) }, 400)
    }
    console.error(`track lookup failed: ${error.status} ${error.message}`)
    return reply({ state: "unavailable" }, 503)
  }
}

export default function Track({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const location = useLocation()
  const navigation = useNavigation()
  const busy = navigation.state !== "idle" && navigation.location?.pathname === "/track"
  const { values, outcome } = loaderData
  const fieldErrors = outcome.state === "invalid" ? (outcome.fieldErrors ?? {}) : {}
  return (
    <div className="shell">
      <header className="topbar public-topbar">
        <div className="topbar-inner">
          <Link to="/" className="brand">
            <span className="brand-mark">O</span> Ordo
          </Link>
          <div className="topbar-tools">
            <LanguageSwitch redirectTo={`/track${location.search}`} />
            <Link to="/login" data-testid="track-sign-in">
              {t("track.signIn")}
            </Link>
          </div>
        </div>
      </header>
      <main className="page page-narrow track-page">
        <h1>{t("track.title")}</h1>
        <p className="muted">{t("track.intro")}</p>
        {/* The answer first: a shared link opens straight on it, the forms follow for another lookup. */}
        <div className="track-result" data-testid="track-result" aria-live="polite">
          <TrackOutcomeView outcome={outcome} />
        </div>
        <div className="track-forms">
          <Form method="get" className="card track-form" data-testid="track-by-order">
            <h2 className="track-form-title">{t("track.byOrder")}</h2>
            <label className="field">
              <span>{t("track.order")}</span>
              <input
                name="order"
                inputMode="numeric"
                autoComplete="off"
                required
                maxLength={20}
                defaultValue={values.order}
                data-testid="track-order"
                aria-invalid={fieldErrors.order ? true : undefined}
                aria-describedby="track-order-error"
              />
              <FieldError id="track-order-error" errors={fieldErrors.order} />
            </label>
            <label className="field">
              <span>{t("track.code")}</span>
              <input
                name="code"
                autoComplete="off"
                required
                maxLength={254}
                defaultValue={values.code}
                data-testid="track-code"
                aria-invalid={fieldErrors.code ? true : undefined}
                aria-describedby="track-code-help track-code-error"
              />
              <small id="track-code-help" className="muted">
                {t("track.codeHelp")}
              </small>
              <FieldError id="track-code-error" errors={fieldErrors.code} />
            </label>
            <button type="submit" className="button button-primary" data-testid="track-submit-order" disabled={busy}>
              {t("track.submit")}
            </button>
          </Form>
          <Form method="get" className="card track-form" data-testid="track-by-number">
            <h2 className="track-form-title">{t("track.byNumber")}</h2>
            <label className="field">
              <span>{t("track.number")}</span>
              <input
                name="number"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                required
                maxLength={100}
                defaultValue={values.number}
                data-testid="track-number"
                aria-invalid={fieldErrors.number ? true : undefined}
                aria-describedby="track-number-error"
              />
              <FieldError id="track-number-error" errors={fieldErrors.number} />
            </label>
            <button type="submit" className="button button-primary" data-testid="track-submit-number" disabled={busy}>
              {t("track.submit")}
            </button>
          </Form>
        </div>
      </main>
    </div>
  )
}

function TrackOutcomeView({ outcome }: { outcome: TrackOutcome }) {
  const { t } = useTranslation()
  switch (outcome.state) {
    case "idle":
      return null
    case "invalid":
      // Field errors sit under their fields; a refusal naming none of them gets one line here.
      return outcome.fieldErrors ? null : (
        <Notice kind="error" testId="track-invalid">
          {t("track.checkFields")}
        </Notice>
      )
    case "not_found":
      return (
        <Notice kind="error" testId="track-not-found">
          {t("track.notFound")}
        </Notice>
      )
    case "throttled":
      return (
        <Notice kind="error" testId="track-throttled">
          {t("track.throttled")}
        </Notice>
      )
    case "unavailable":
      return (
        <Notice kind="error" testId="track-unavailable">
          {t("track.unavailable")}
        </Notice>
      )
    case "found": {
      const { order, shipments } = outcome.result
      return (
        <>
          {order ? (
            <p className="track-order" data-testid="track-order-result">
              <strong>{t("track.result", { number: order.display_id })}</strong>
              <ShippingStateBadge state={order.shipping_state} testId="track-shipping-state" />
            </p>
          ) : null}
          {order && shipments.length === 0 ? (
            <Notice kind="info" testId="track-not-shipped">
              {t("track.notShippedYet")}
            </Notice>
          ) : (
            <ShipmentList shipments={shipments} />
          )}
        </>
      )
    }
  }
}

export function ErrorBoundary() {
  return (
    <main className="page page-narrow">
      <RouteErrorBoundary />
    </main>
  )
}
