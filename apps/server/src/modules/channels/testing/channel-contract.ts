import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, Content, OutboundMessage, Recipient, SendResult } from '../channel.ts';

/** What a fake provider saw of one message it accepted. */
export interface ProviderMessage {
  /** The recipient's address as the provider received it. */
  address: string;
  /** The text as the provider decoded it. */
  text: string;
  /** The provider's idempotency or correlation key for this message (client reference, Message-ID…). */
  reference: string | undefined;
}

/** A local stand-in for a channel's provider, switchable between behaviours. */
export interface FakeProvider {
  received(): readonly ProviderMessage[];
  /** Answer every request with a transient fault (5xx, 451…) until told otherwise. */
  failTransiently(): void;
  /** Refuse every message for good (4xx, 550…), echoing the address and text as real providers do. */
  failPermanently(): void;
  /** Accept connections and never answer. */
  hang(): void;
}

export interface ContractRig {
  channel: Channel;
  provider: FakeProvider;
  /** The channel's configured time limit for one send. */
  timeoutMs: number;
  close(): Promise<void>;
}

export interface ChannelContract {
  /** Starts a fresh fake provider and a channel configured against it (called before each test). */
  setup(): Promise<ContractRig>;
  /** A recipient holding the address this channel needs. */
  recipient: Recipient;
  /** Which address the channel needs. */
  address: keyof Recipient;
  /** The address as the provider should receive it. */
  addressAtProvider: string;
  /** The channel's content around a text. */
  content(text: string): Content;
}

/** A real notice: Vietnamese with every kind of diacritic, longer than one SMS part and one e-mail line. */
export const CONTRACT_TEXT =
  'Hồ sơ 000.00.12.H49-250115-0003 của ông/bà Nguyễn Thị Ánh Tuyết đã được tiếp nhận lúc 09:15 ngày 15/01/2025. ' +
  'Hẹn trả kết quả ngày 22/01/2025 tại Bộ phận Một cửa UBND phường Điện Bàn Đông; phí, lệ phí: 25.000 ₫.';

/** Registers the tests every channel adapter passes against a local fake of its provider. */
export function describeChannelContract(name: string, contract: ChannelContract): void {
  describe(`${name}: channel contract`, () => {
    let rig: ContractRig;
    let sequence = 0;

    beforeEach(async () => {
      rig = await contract.setup();
    });
    afterEach(async () => {
      await rig.close();
    });

    function message(text = CONTRACT_TEXT, deliveryId = `dlv-${String(++sequence)}-7f3a9c`): OutboundMessage {
      return { tenantId: 'tenant-a', deliveryId, attempt: 1, to: contract.recipient, content: contract.content(text) };
    }

    function expectNoPersonalData(result: SendResult): void {
      expect(result.outcome).not.toBe('sent');
      const reason = 'reason' in result ? result.reason : '';
      expect(reason).not.toBe('');
      for (const fragment of personalFragments(contract.recipient)) expect(reason).not.toContain(fragment);
      for (let at = 0; at + 12 <= CONTRACT_TEXT.length; at += 4) {
        expect(reason).not.toContain(CONTRACT_TEXT.slice(at, at + 12));
      }
    }

    it('delivers a message once, with its Vietnamese text intact', async () => {
      const result = await rig.channel.send(message());
      expect(result.outcome).toBe('sent');
      expect(result.outcome === 'sent' ? result.providerId : '').not.toBe('');
      const received = rig.provider.received();
      expect(received).toHaveLength(1);
      expect(received[0]?.address).toBe(contract.addressAtProvider);
      expect(received[0]?.text).toBe(CONTRACT_TEXT);
      expect(received[0]?.text.normalize('NFC')).toBe(received[0]?.text);
    });

    it('sends decomposed (NFD) text composed (NFC)', async () => {
      expect(await rig.channel.send(message(CONTRACT_TEXT.normalize('NFD')))).toMatchObject({ outcome: 'sent' });
      expect(rig.provider.received()[0]?.text).toBe(CONTRACT_TEXT);
    });

    it('gives the provider the delivery id as its key, the same on every attempt', async () => {
      const first = message();
      await rig.channel.send(first);
      await rig.channel.send({ ...first, attempt: 2 });
      const [one, two] = rig.provider.received();
      expect(one?.reference).toContain(first.deliveryId);
      expect(two?.reference).toBe(one?.reference);
    });

    it('answers retry to a transient fault, without personal data', async () => {
      rig.provider.failTransiently();
      const result = await rig.channel.send(message());
      expect(result.outcome).toBe('retry');
      expectNoPersonalData(result);
      expect(rig.provider.received()).toHaveLength(0);
    });

    it('answers failed to a permanent refusal, without personal data', async () => {
      rig.provider.failPermanently();
      const result = await rig.channel.send(message());
      expect(result.outcome).toBe('failed');
      expectNoPersonalData(result);
    });

    it('answers retry within its time limit when the provider hangs', async () => {
      rig.provider.hang();
      const started = performance.now();
      const result = await rig.channel.send(message());
      expect(result.outcome).toBe('retry');
      expect(performance.now() - started).toBeLessThan(rig.timeoutMs + 1500);
      expectNoPersonalData(result);
    });

    it('cannot reach a recipient without its address, and says so without calling the provider', async () => {
      expect(rig.channel.canReach(contract.recipient)).toBe(true);
      const without: Recipient = { ...contract.recipient, [contract.address]: undefined };
      expect(rig.channel.canReach(without)).toBe(false);
      const result = await rig.channel.send({ ...message(), to: without });
      expect(result.outcome).toBe('unreachable');
      expectNoPersonalData(result);
      expect(rig.provider.received()).toHaveLength(0);
    });
  });
}

/** The recipient's addresses in the forms they may be written: E.164, 0…, the bare national number, mailbox. */
function personalFragments(to: Recipient): string[] {
  const fragments: string[] = [];
  if (to.phone !== undefined) fragments.push(to.phone, to.phone.replace(/^84/, ''), to.phone.replace(/^84/, '0'));
  if (to.email !== undefined) fragments.push(to.email, to.email.slice(0, to.email.indexOf('@')));
  if (to.zaloUserId !== undefined) fragments.push(to.zaloUserId);
  return fragments.filter((f) => f.length >= 4);
}
