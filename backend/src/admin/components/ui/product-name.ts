import { useTranslation } from "react-i18next"

/** A product's name in the admin's language: the Chinese name (with the size) where there is one and the admin is in Chinese. */
export function useProductName() {
  const { i18n } = useTranslation()
  const chinese = /^zh/i.test(i18n.resolvedLanguage ?? i18n.language ?? "")
  return (p: { title: string; title_zh?: string | null }) => (chinese && p.title_zh ? p.title_zh : p.title)
}
