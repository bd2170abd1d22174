import { writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type Received = { envelope: { from: string; to: string[] }; mail: ParsedMail; raw: string };
/** How the sink answers the next message: accept it, or refuse with an SMTP code. */
export type Answer = "accept" | { code: number; message: string };

/**
 * A real SMTP server on loopback that keeps what it receives (and with saveTo, writes it out). `answers` is consumed one per
 * message; when it is empty every message is accepted.
 */
export async function startSmtpSink(
  port = 0,
  {
    saveTo,
    beforeRecipient,
    refuseRecipients,
  }: {
    saveTo?: string;
    /**
     * Awaited before each RCPT TO is answered: a test can hold a conversation at a point where
     * no message can have been delivered yet, and kill its client there.
     */
    beforeRecipient?: (address: string) => Promise<void>;
    /** Recipients refused for good (550), as a mailbox that does not exist is. */
    refuseRecipients?: RegExp;
  } = {},
) {
  const received: Received[] = [];
  const answers: Answer[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      void (beforeRecipient?.(address.address) ?? Promise.resolve()).then(() => {
        if (refuseRecipients?.test(address.address)) {
          return callback(Object.assign(new Error("5.1.1 No such mailbox here"), { responseCode: 550 }));
        }
        callback();
      });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        const answer = answers.shift() ?? "accept";
        if (answer !== "accept") {
          return callback(Object.assign(new Error(answer.message), { responseCode: answer.code }));
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        // Other processes (the e2e specs) read what arrived from here, one .eml file a message,
        // with the SMTP envelope's recipients (which no header shows) as a first header line.
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address).join(", ");
        if (saveTo)
          writeFileSync(
            path.join(saveTo, `${Date.now()}-${received.length}.eml`),
            `X-Envelope-To: ${envelopeTo}\r\n${raw}`,
          );
        received.push({
          envelope: {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
          },
          mail: await simpleParser(raw),
          raw,
        });
        callback();
      });
    },
  });
  // A client that dies mid-message (the killed-worker test) resets its socket; that is the
  // client's failure to report, not the sink's, and must not become an unhandled error.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") console.error("smtp sink:", error);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actualPort = (server.server.address() as AddressInfo).port;
  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    received,
    answers,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
