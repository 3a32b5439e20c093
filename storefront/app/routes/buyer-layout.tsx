import { useEffect, useRef } from "react"
import { Form, Link, NavLink, Outlet, useLocation, useNavigation } from "react-router"
import { LanguageSwitch } from "../components/language-switch"
import { RouteErrorBoundary } from "../components/route-error"
import { useTranslation } from "../i18n/use-translation"
import { getBuyer } from "../lib/buyer.server"
import { fetchOpenCart } from "../lib/cart.server"
import { getSession } from "../lib/session.server"
import type { Route } from "./+types/buyer-layout"

export async function loader({ request }: Route.LoaderArgs) {
  const session = await getSession(request)
  const [buyer, cart] = await Promise.all([
    getBuyer(request),
    fetchOpenCart(request, session.get("cart_id"), "id,completed_at,items.id"),
  ])
  return {
    companyName: buyer.companyName,
    buyerName: buyer.buyerName,
    email: buyer.customer.email,
    currencyCode: buyer.currencyCode,
    cartLineCount: cart?.items?.length ?? 0,
  }
}

export default function BuyerLayout({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const location = useLocation()
  const navigation = useNavigation()
  const menu = useRef<HTMLInputElement>(null)
  // The phone menu folds away once the buyer has picked a page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new location on purpose
  useEffect(() => {
    if (menu.current) menu.current.checked = false
  }, [location.pathname])
  return (
    <div className="shell">
      {navigation.state === "loading" ? (
        <div className="nav-progress" role="progressbar" aria-label={t("layout.loading")} data-testid="nav-progress" />
      ) : null}
      <header className="topbar">
        <input
          type="checkbox"
          id="nav-toggle"
          className="nav-toggle-input"
          ref={menu}
          aria-hidden="true"
          tabIndex={-1}
        />
        <div className="topbar-inner">
          <Link to="/" className="brand">
            <span className="brand-mark">O</span> Ordo
          </Link>
          <div className="account" data-testid="account">
            <strong data-testid="company-name">{loaderData.companyName || t("layout.noCompany")}</strong>
            <span className="muted" data-testid="buyer-name">
              {loaderData.buyerName}
            </span>
            {loaderData.currencyCode ? <span className="badge">{loaderData.currencyCode.toUpperCase()}</span> : null}
          </div>
          <label htmlFor="nav-toggle" className="nav-toggle button button-small" data-testid="nav-toggle">
            {t("nav.menu")}
          </label>
          <div className="topbar-tools">
            <LanguageSwitch redirectTo={`${location.pathname}${location.search}`} />
            <Form method="post" action="/logout">
              <button type="submit" className="link-button" data-testid="logout">
                {t("nav.logout")}
              </button>
            </Form>
          </div>
        </div>
        <nav className="mainnav" aria-label={t("nav.label")}>
          <NavLink to="/" end>
            {t("nav.catalog")}
          </NavLink>
          <NavLink to="/quick-order">{t("nav.quickOrder")}</NavLink>
          <NavLink to="/cart" data-testid="nav-cart">
            {t("nav.cart", { count: loaderData.cartLineCount })}
          </NavLink>
          <NavLink to="/orders">{t("nav.orders")}</NavLink>
          <NavLink to="/quotes">{t("nav.quotes")}</NavLink>
          <NavLink to="/approvals">{t("nav.approvals")}</NavLink>
          <NavLink to="/invoices">{t("nav.invoices")}</NavLink>
          <NavLink to="/company">{t("nav.company")}</NavLink>
        </nav>
      </header>
      <main className="page">
        <Outlet />
      </main>
    </div>
  )
}

export function ErrorBoundary() {
  return (
    <main className="page page-narrow">
      <RouteErrorBoundary />
    </main>
  )
}
