import type { ReactNode } from "react"
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "react-router"
import type { Route } from "./+types/root"
import appCss from "./app.css?url"
import { RouteErrorBoundary } from "./components/route-error"
import { DEFAULT_LANG, isLang } from "./i18n"
import { getLang } from "./lib/lang.server"
import { useNonce } from "./lib/nonce"

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: appCss }]

export const meta: Route.MetaFunction = () => [{ title: "Ordo" }]

export async function loader({ request }: Route.LoaderArgs) {
  return { lang: getLang(request) }
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root")
  const lang = isLang(data?.lang) ? data.lang : DEFAULT_LANG
  const nonce = useNonce()
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  return (
    <main className="page page-narrow">
      <RouteErrorBoundary />
    </main>
  )
}
