import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core"
import { stack } from "../../../tests/support/api"

/** Debian's chromium, headless, with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  })
}

/** Login fixture: a fresh context signed in as the given buyer. */
export async function signedInPage(
  browser: Browser,
  email: string,
  opts: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: opts.javaScriptEnabled ?? true, locale: "en-US" })
  const page = await context.newPage()
  await page.goto(`${stack().storefrontUrl}/login`)
  await page.getByTestId("login-email").fill(email)
  await page.getByTestId("login-password").fill("ordo-buyer")
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith("/login")),
    page.getByTestId("login-submit").click(),
  ])
  return { context, page }
}

/**
 * Staff sign in to the Medusa dashboard (the manager by default) in a fresh context; `lang` sets
 * the dashboard's language (e.g. "zhCN") before it loads.
 */
export async function adminPage(
  browser: Browser,
  opts: { email?: string; password?: string; lang?: string; viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 900 } })
  if (opts.lang) await context.addInitScript((l) => window.localStorage.setItem("lng", l), opts.lang)
  const page = await context.newPage()
  await page.goto(`${stack().backendUrl}/app/login`)
  await page.locator("input[name=email]").fill(opts.email ?? "admin@ordo.test")
  await page.locator("input[name=password]").fill(opts.password ?? "ordo-admin")
  await Promise.all([
    page.waitForURL((u) => !u.pathname.endsWith("/login"), { timeout: 30_000 }),
    page.locator("button[type=submit]").click(),
  ])
  return page
}
