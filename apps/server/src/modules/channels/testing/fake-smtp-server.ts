import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import type { FakeProvider, ProviderMessage } from './channel-contract.ts';
import { parseMail, type ParsedMail } from './mime.ts';

export interface ReceivedMail {
  /** MAIL FROM and RCPT TO, as the envelope said. */
  envelopeFrom: string;
  envelopeTo: string[];
  user: string | undefined;
  mail: ParsedMail;
}

export interface FakeSmtpServer extends FakeProvider {
  port: number;
  mails: ReceivedMail[];
  close(): Promise<void>;
}

type Mode = 'accept' | 'transient' | 'permanent' | 'hang';

/**
 * A real SMTP server on loopback (the `smtp-server` package) that requires AUTH with the given
 * credentials, parses what it receives, and can defer (451) or refuse (550) recipients the way
 * mail servers do: echoing the address in the reply.
 */
export async function startFakeSmtpServer(credentials: { user: string; pass: string }): Promise<FakeSmtpServer> {
  let mode: Mode = 'accept';
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    hideENHANCEDSTATUSCODES: false,
    closeTimeout: 50,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.pass) {
        callback(null, { user: auth.username });
      } else {
        callback(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
      }
    },
    onRcptTo(address, _session, callback) {
      switch (mode) {
        case 'accept':
          callback();
          return;
        case 'transient':
          callback(rejection(451, `4.7.1 <${address.address}>: Recipient address deferred, try again later`));
          return;
        case 'permanent':
          callback(rejection(550, `5.1.1 <${address.address}>: Recipient address rejected: User unknown`));
          return;
        case 'hang':
          return;
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          envelopeFrom: addressOf(session.envelope.mailFrom),
          envelopeTo: session.envelope.rcptTo.map(addressOf),
          user: typeof session.user === 'string' ? session.user : undefined,
          mail: parseMail(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    mails,
    received: () => mails.map(providerMessage),
    failTransiently: () => {
      mode = 'transient';
    },
    failPermanently: () => {
      mode = 'permanent';
    },
    hang: () => {
      mode = 'hang';
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function rejection(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}

function addressOf(address: SMTPServerAddress | false): string {
  return address === false ? '' : address.address;
}

function providerMessage(received: ReceivedMail): ProviderMessage {
  return {
    address: received.envelopeTo.join(', '),
    text: received.mail.text ?? '',
    reference: received.mail.headers.get('message-id'),
  };
}
