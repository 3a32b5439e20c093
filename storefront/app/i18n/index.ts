import { en, type TranslationKey } from "./en"
import { zhCN } from "./zh-CN"

export type { TranslationKey }
export const LANGUAGES = ["en", "zh-CN"] as const
export type Lang = (typeof LANGUAGES)[number]
export const DEFAULT_LANG: Lang = "en"

export const dictionaries: Record<Lang, Record<TranslationKey, string>> = {
  en,
  "zh-CN": zhCN,
}

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value)
}

export type TranslateVars = Record<string, string | number>

function interpolate(template: string, vars?: TranslateVars): string {
  if (!vars) return template
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match))
}

/**
 * Looks a key up in the buyer's language, then in English, then returns the key itself,
 * so a missing translation degrades to readable text instead of an empty label.
 */
export function translate(lang: string, key: string, vars?: TranslateVars): string {
  const dict: Record<string, string> = isLang(lang) ? dictionaries[lang] : dictionaries[DEFAULT_LANG]
  const fallback: Record<string, string> = dictionaries[DEFAULT_LANG]
  const template = dict[key] ?? fallback[key] ?? key
  return interpolate(template, vars)
}

export interface Translator {
  lang: Lang
  /** Typed lookup for keys written in code. */
  t: (key: TranslationKey, vars?: TranslateVars) => string
  /** Lookup for keys that arrive as data (zod messages, order statuses); falls back to `fallback`. */
  tr: (key: string, fallback?: string, vars?: TranslateVars) => string
}

export function createTranslator(lang: Lang): Translator {
  return {
    lang,
    t: (key, vars) => translate(lang, key, vars),
    tr: (key, fallback, vars) => {
      const known = key in dictionaries[DEFAULT_LANG]
      return known ? translate(lang, key, vars) : (fallback ?? key)
    },
  }
}

/** Parses an Accept-Language header; any Chinese preference maps to Simplified Chinese. */
export function langFromAcceptLanguage(header: string | null | undefined): Lang {
  if (!header) return DEFAULT_LANG
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";")
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 }
    })
    .filter((entry) => entry.tag)
    .sort((a, b) => b.q - a.q)
  for (const { tag, q } of ranked) {
    if (q <= 0) continue
    if (tag.startsWith("zh")) return "zh-CN"
    if (tag.startsWith("en")) return "en"
  }
  return DEFAULT_LANG
}

/** Document title in the language chosen by the root loader (meta runs outside React context). */
export function metaTitle(
  matches: ReadonlyArray<{ id: string; data?: unknown } | undefined>,
  key: TranslationKey,
  vars?: TranslateVars,
) {
  const root = matches.find((m) => m?.id === "root")?.data as { lang?: unknown } | undefined
  const lang = isLang(root?.lang) ? root.lang : DEFAULT_LANG
  return [{ title: `${translate(lang, key, vars)} · Ordo` }]
}

/** Catalogue names carry their Chinese form in metadata (title_zh / name_zh); English is the default. */
export function localizedName(
  lang: Lang,
  entity: { title?: string; name?: string; metadata?: Record<string, unknown> | null },
): string {
  const base = entity.title ?? entity.name ?? ""
  if (lang !== "zh-CN") return base
  const zh = entity.metadata?.title_zh ?? entity.metadata?.name_zh
  return typeof zh === "string" && zh ? zh : base
}

/** A product's description in the buyer's language (metadata.description_zh), English otherwise. */
export function localizedDescription(
  lang: Lang,
  product: { description?: string | null; metadata?: Record<string, unknown> | null },
): string {
  const zh = product.metadata?.description_zh
  if (lang === "zh-CN" && typeof zh === "string" && zh) return zh
  return product.description ?? ""
}

/** A document line's product name: its Chinese name when the backend sends one (`title_zh`). */
export function localizedLineTitle(lang: Lang, title: string | null | undefined, titleZh: string | null | undefined) {
  return (lang === "zh-CN" && titleZh) || title || ""
}
