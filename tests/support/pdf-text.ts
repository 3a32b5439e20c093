import { inflateSync } from "node:zlib"

/** The streams of a PDF, inflated where they are compressed. */
function streams(pdf: Buffer): string[] {
  const out: string[] = []
  const raw = pdf.toString("latin1")
  const re = /<<([\s\S]*?)>>\s*stream\r?\n/g
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length
    const end = raw.indexOf("endstream", start)
    const bytes = pdf.subarray(start, end)
    try {
      out.push((/FlateDecode/.test(m[1] ?? "") ? inflateSync(bytes) : bytes).toString("latin1"))
    } catch {
      // A font program or image: not text.
    }
  }
  return out
}

/** Hex code units to text; a ligature's target holds several ("fi" is `<0066 0069>`). */
const hexToText = (spaced: string) => {
  const hex = spaced.replace(/\s/g, "")
  let s = ""
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16))
  return s
}

/** Glyph id (hex) → text, from every ToUnicode CMap in the PDF. */
function glyphMap(all: string[]) {
  const map = new Map<number, string>()
  for (const s of all.filter((x) => x.includes("begincmap"))) {
    for (const block of s.match(/beginbfchar([\s\S]*?)endbfchar/g) ?? []) {
      for (const [, src, dst] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g))
        map.set(Number.parseInt(src ?? "", 16), hexToText(dst ?? ""))
    }
    for (const block of s.match(/beginbfrange([\s\S]*?)endbfrange/g) ?? []) {
      for (const [, lo, hi, rest] of block.matchAll(
        /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]+>)/g,
      )) {
        if (!lo || !hi || !rest) continue
        const from = Number.parseInt(lo, 16)
        const to = Number.parseInt(hi, 16)
        if (rest.startsWith("[")) {
          const dsts = [...rest.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((d) => hexToText(d[1] ?? ""))
          dsts.forEach((d, n) => {
            map.set(from + n, d)
          })
        } else {
          const base = Number.parseInt(rest.slice(1, -1), 16)
          for (let g = from; g <= to; g++) map.set(g, String.fromCharCode(base + g - from))
        }
      }
    }
  }
  return map
}

/**
 * The text of a PDF written by pdfkit with an embedded font: each text object's glyphs mapped back
 * through the font's ToUnicode CMap, one line per text object. Enough to check what a document says.
 */
export function pdfText(pdf: Buffer): string {
  const all = streams(pdf)
  const map = glyphMap(all)
  const lines: string[] = []
  for (const s of all.filter((x) => x.includes("BT"))) {
    for (const block of s.match(/BT([\s\S]*?)ET/g) ?? []) {
      let line = ""
      for (const [, hex, gap] of block.matchAll(/<([0-9a-fA-F]*)>|(-?\d+(?:\.\d+)?)(?=\s*[<\]])/g)) {
        if (hex !== undefined) {
          for (let i = 0; i + 4 <= hex.length; i += 4) line += map.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? ""
        } else if (gap !== undefined && Number(gap) < -200) line += " "
      }
      lines.push(line)
    }
  }
  return lines.join("\n")
}
