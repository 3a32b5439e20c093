import { DEFAULT_LANG, isLang, type Lang, langFromAcceptLanguage } from "../i18n"

export const LANG_COOKIE = "lang"

function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=")
    if (k === name) {
      try {
        return decodeURIComponent(v.join("="))
      } catch {
        return undefined
      }
    }
  }
  return undefined
}

/** The `lang` cookie wins; on a first visit we honour the browser's Accept-Language. */
export function getLang(request: Request): Lang {
  const fromCookie = readCookie(request.headers.get("Cookie"), LANG_COOKIE)
  if (isLang(fromCookie)) return fromCookie
  return langFromAcceptLanguage(request.headers.get("Accept-Language")) ?? DEFAULT_LANG
}

export function langCookie(lang: Lang): string {
  return `${LANG_COOKIE}=${encodeURIComponent(lang)}; Path=/; Max-Age=${60 * 60 * 24 * 365}; SameSite=Lax`
}
