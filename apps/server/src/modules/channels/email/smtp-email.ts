import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../../../config/config.ts';
import type { Channel, OutboundMessage, SendResult } from '../channel.ts';
import { SmtpDeadlineError, smtpFault } from './smtp-failure.ts';

/** Deliberately loose: the mail server has the last word on an address. */
const EMAIL_ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

/** Whether an address is one this channel sends to. */
export function isUsableEmail(address: string | undefined): address is string {
  return address !== undefined && EMAIL_ADDRESS.test(address);
}

/**
 * E-mail through an SMTP relay. Every send of one delivery carries the same Message-ID,
 * `<deliveryId@from-domain>`, so a message sent again after a lost reply is recognisable (mail
 * clients and archives collapse duplicates by it).
 */
export function createSmtpEmailChannel(config: SmtpConfig): Channel {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    requireTLS: config.startTls === 'required',
    ignoreTLS: config.startTls === 'off',
    auth: config.auth,
    connectionTimeout: config.timeoutMs,
    greetingTimeout: config.timeoutMs,
    socketTimeout: config.timeoutMs,
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
  });
  return {
    kind: 'email',
    // SMTP relays do not recognise a resent Message-ID: a resend would arrive twice.
    deduplicates: false,
    canReach: (to) => isUsableEmail(to.email),
    send: (message) => sendEmail(config, transport, message),
  };
}

/** The Message-ID of a delivery: the id part keeps only characters RFC 5322 allows there. */
export function messageIdOf(deliveryId: string, fromAddress: string): string {
  const domain = fromAddress.slice(fromAddress.lastIndexOf('@') + 1);
  return `<${deliveryId.replace(/[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/g, '-')}@${domain}>`;
}

async function sendEmail(
  config: SmtpConfig,
  transport: nodemailer.Transporter,
  message: OutboundMessage,
): Promise<SendResult> {
  const { content, to } = message;
  if (content.kind !== 'email') {
    return { outcome: 'failed', reason: `e-mail needs e-mail content (a subject), not ${content.kind}` };
  }
  if (!isUsableEmail(to.email)) {
    return { outcome: 'unreachable', reason: 'no usable e-mail address' };
  }
  const messageId = messageIdOf(message.deliveryId, config.from.address);
  const sending = transport.sendMail({
    from: config.from.name === undefined ? config.from.address : config.from,
    to: to.email,
    subject: content.subject.normalize('NFC'),
    text: content.text.normalize('NFC'),
    ...(content.html === undefined ? {} : { html: content.html.normalize('NFC') }),
    messageId,
    // RFC 3834: a notice, so vacation responders stay quiet.
    headers: { 'Auto-Submitted': 'auto-generated' },
  });
  try {
    await withDeadline(sending, config.timeoutMs);
    return { outcome: 'sent', providerId: messageId };
  } catch (error) {
    return smtpFault(error, config.timeoutMs);
  }
}

/**
 * nodemailer's timeouts cover connecting and each silence, not a server that trickles; this bounds
 * the whole send. A send cut off here may still complete: its retry carries the same Message-ID.
 */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new SmtpDeadlineError()), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
