import { shorten, text, type ChatReply } from './replies.ts';

/** Several procedures fit about equally well: one question, the candidates as buttons and numbers. */
export function whichProcedure(candidates: readonly { code: string; name: string }[]): ChatReply[] {
  const lines = candidates.map((c, i) => `${String(i + 1)}. ${c.name}`);
  return [
    text(
      ['Có vài thủ tục gần giống nhau. Bạn cần thủ tục nào? Bấm một nút hoặc gõ số:', ...lines].join('\n'),
      candidates.map((c) => ({ title: shorten(c.name), query: c.code })),
    ),
  ];
}
