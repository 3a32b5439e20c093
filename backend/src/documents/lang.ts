export type PdfLang = "en" | "zh-CN"

/** A document's language: the one asked for, else the company's (Chinese or English). */
export const pdfLang = (chosen: PdfLang | undefined, companyLocale?: string | null): PdfLang =>
  chosen ?? (companyLocale === "zh-CN" ? "zh-CN" : "en")
