// A local SMTP server for tests: accepts every message and appends it, parsed, to a JSON-lines
// file the test files read (they run in other processes). Real SMTP on a real socket, so the
// backend's nodemailer provider is exercised end to end.
import { appendFileSync, writeFileSync } from "node:fs"
import { SMTPServer } from "smtp-server"

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) in a header, decoded. */
function decodeWords(value) {
  if (!value) return value
  return value.replace(/\?=\s+=\?/g, "?==?").replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset, enc, text) =>
    enc.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(
          text.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(Number.parseInt(h, 16))),
          "latin1",
        ).toString("utf8"),
  )
}

/** A single-part body in its transfer encoding (quoted-printable or base64), decoded. */
function decodeBody(text, encoding) {
  const enc = String(encoding ?? "").toLowerCase()
  if (enc === "base64") return Buffer.from(text.replace(/\s+/g, ""), "base64").toString("utf8")
  if (enc !== "quoted-printable") return text
  const bytes = text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(Number.parseInt(h, 16)))
  return Buffer.from(bytes, "latin1").toString("utf8")
}

/** A header of a message or MIME part (folded lines joined), or null. */
function headerOf(head, name) {
  const m = head.match(new RegExp(`^${name}:\\s*((?:.*)(?:\\r?\\n[ \\t].*)*)`, "im"))
  return m ? m[1].replace(/\r?\n[ \t]/g, " ").trim() : null
}

/**
 * A message's text and attachments: a single-part body decoded as it is; a multipart one
 * (nodemailer sends text + attachments as multipart/mixed) walked part by part, the first
 * text/plain part as the body and every part with a filename as an attachment (name, type, bytes).
 */
function readParts(head, bodyText) {
  const type = headerOf(head, "Content-Type") ?? "text/plain"
  const boundary = /^multipart\//i.test(type) ? type.match(/boundary="?([^";]+)"?/i)?.[1] : undefined
  if (!boundary) {
    const disposition = headerOf(head, "Content-Disposition") ?? ""
    const filename = decodeWords(
      disposition.match(/filename\*?="?([^";]+)"?/i)?.[1] ?? type.match(/name="?([^";]+)"?/i)?.[1] ?? "",
    )
    if (filename) {
      const encoding = String(headerOf(head, "Content-Transfer-Encoding") ?? "").toLowerCase()
      const bytes = encoding === "base64" ? Buffer.from(bodyText.replace(/\s+/g, ""), "base64") : Buffer.from(bodyText)
      return {
        body: null,
        attachments: [
          {
            filename,
            content_type: type.split(";")[0].trim(),
            size: bytes.length,
            head: bytes.subarray(0, 8).toString("latin1"),
          },
        ],
      }
    }
    return { body: decodeBody(bodyText, headerOf(head, "Content-Transfer-Encoding")), attachments: [] }
  }
  const parts = bodyText.split(
    new RegExp(`\\r?\\n?--${boundary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:--)?\\s*\\r?\\n?`),
  )
  let body = null
  const attachments = []
  for (const part of parts.slice(1)) {
    if (!part.trim()) continue
    const [partHead, ...partBody] = part.split(/\r?\n\r?\n/)
    const read = readParts(partHead, partBody.join("\n\n"))
    if (body === null && read.body !== null) body = read.body
    attachments.push(...read.attachments)
  }
  return { body, attachments }
}

export async function startSmtpCapture(file, port) {
  writeFileSync(file, "")
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks = []
      stream.on("data", (c) => chunks.push(c))
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8")
        const [head, ...body] = raw.split(/\r?\n\r?\n/)
        const header = (name) => headerOf(head, name)
        const { body: text, attachments } = readParts(head, body.join("\n\n"))
        appendFileSync(
          file,
          `${JSON.stringify({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: decodeWords(header("Subject")),
            template: header("X-Ordo-Template"),
            raw,
            body: text ?? "",
            attachments,
          })}\n`,
        )
        callback()
      })
    },
  })
  await new Promise((resolve, reject) => server.listen(port, "127.0.0.1", (e) => (e ? reject(e) : resolve())))
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) }
}
