import { useRouteLoaderData } from "react-router"
import { createTranslator, DEFAULT_LANG, isLang, type Translator } from "./index"

/** Reads the language chosen by the root loader; error boundaries fall back to English. */
export function useTranslation(): Translator {
  const data = useRouteLoaderData("root") as { lang?: unknown } | undefined
  return createTranslator(isLang(data?.lang) ? data.lang : DEFAULT_LANG)
}
