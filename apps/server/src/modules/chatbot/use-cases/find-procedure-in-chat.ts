import type { ProcedureDefinition } from '@motcua/contracts';
import { phonesOfChatUser } from '../chatbot.repo.ts';
import { CHOICES_LIMIT, nextState } from '../domain/chat-state.ts';
import { whichProcedure } from '../domain/choice-replies.ts';
import { clearlyNamed } from '../domain/name-coverage.ts';
import {
  noProcedure,
  procedureAnswer,
  requestPhoneForNotices,
  type ChatReply,
  type ProcedureFacts,
} from '../domain/replies.ts';
import type { CatalogView, SearchHit } from '../../catalog/index.ts';
import type { TurnContext, TurnOutcome } from './turn-context.ts';

const UNIT_LABEL = { working_days: 'ngày làm việc', working_hours: 'giờ làm việc', days: 'ngày' } as const;

function timeLimit(definition: ProcedureDefinition): string {
  const limit = definition.processingTime;
  if (limit.text) return limit.text;
  if (limit.value === 0) return 'trong ngày';
  return `${String(limit.value)} ${UNIT_LABEL[limit.unit]}`;
}

function fee(definition: ProcedureDefinition): string {
  if (definition.fee.text.trim() !== '') return definition.fee.text;
  return definition.fee.amount === 0
    ? 'Không thu phí'
    : `${new Intl.NumberFormat('vi-VN').format(definition.fee.amount)} đồng`;
}

function where(view: CatalogView, code: string): string {
  const version = view.byCode.get(code);
  if (!version) return '';
  const level = version.definition.level;
  const units =
    version.unitIds.length > 0
      ? version.unitIds.flatMap((id) => {
          const unit = view.unitsById.get(id);
          return unit ? [unit] : [];
        })
      : [...view.unitsByLevel[level]];
  const names = units.slice(0, 2).map((u) => u.name);
  const more = units.length > 2 ? ` (và ${String(units.length - 2)} nơi khác)` : '';
  const place =
    names.length > 0
      ? `${names.join('; ')}${more}`
      : level === 'commune'
        ? 'Bộ phận một cửa UBND cấp xã'
        : 'Trung tâm Phục vụ hành chính công tỉnh';
  return `${place}. Nộp tại bất kỳ nơi tiếp nhận nào trong tỉnh, hoặc nộp trực tuyến.`;
}

function factsOf(ctx: TurnContext, view: CatalogView, code: string): ProcedureFacts | undefined {
  const definition = view.byCode.get(code)?.definition;
  if (!definition) return undefined;
  const documents = (definition.cases[0]?.documents ?? []).filter((d) => !d.presentOnly);
  const base = ctx.deps.publicUrl().replace(/\/+$/, '');
  return {
    code,
    name: definition.name,
    documents: documents.map((d) => ({ name: d.name, originals: d.originals, copies: d.copies, required: d.required })),
    fee: fee(definition),
    timeLimit: timeLimit(definition),
    where: where(view, code),
    ...(definition.onlineLevel !== 'info'
      ? {
          fileUrl: `${base}/?tenant=${encodeURIComponent(ctx.tenant.slug)}&procedure=${encodeURIComponent(code)}`,
        }
      : {}),
  };
}

/**
 * A procedure's answer; when it links to online filing and this Zalo is linked to no phone yet, the
 * request to share one follows the answer, so the dossier's receipt and notices come to this chat.
 */
async function answer(
  ctx: TurnContext,
  best: ProcedureFacts,
  others: { code: string; name: string }[],
): Promise<ChatReply[]> {
  const [first, ...rest] = procedureAnswer(best, others);
  if (!first) return [];
  if (!best.fileUrl) return [first, ...rest];
  const phones = await phonesOfChatUser(ctx.tx, ctx.tenant.id, ctx.thread.externalUserId);
  return phones.length > 0 ? [first, ...rest] : [first, requestPhoneForNotices(), ...rest];
}

/**
 * Procedures scoring at least this share of the best one match "about equally well": rather than
 * guess, the bot asks which one was meant.
 */
const CLOSE_MATCH = 0.85;

/**
 * The procedures that match the words about as well as the best one, when there are several and
 * none of them is clearly the one named (then `picked` is it).
 */
function closeMatches(
  view: CatalogView,
  hits: readonly SearchHit[],
  query: string,
): { ask: { code: string; name: string }[]; picked?: string } {
  const known = hits.filter((hit) => view.byCode.has(hit.code));
  const best = known[0]?.score ?? 0;
  if (best <= 0) return { ask: [] };
  const close = known
    .filter((hit) => hit.score >= best * CLOSE_MATCH)
    .map((hit) => ({ code: hit.code, name: view.byCode.get(hit.code)?.definition.name ?? hit.code }));
  if (close.length < 2) return { ask: [] };
  const named = clearlyNamed(query, close);
  return named ? { ask: [], picked: named.code } : { ask: close };
}

/**
 * The catalogue's answer to the words typed: the best procedure with the next candidates to tap, or,
 * when two to four match about equally well and the words name none of them clearly, one clarifying
 * question with them as buttons (a tap or the typed number continues to the chosen one).
 */
export async function findProcedure(ctx: TurnContext, query: string): Promise<TurnOutcome> {
  const view = await ctx.deps.catalog.get(ctx.tenant);
  const hits = view.index.search(query, { limit: CHOICES_LIMIT }).hits;
  const { ask, picked } = closeMatches(view, hits, query);
  if (ask.length > 0) {
    const codes = ask.map((c) => c.code);
    return {
      replies: whichProcedure(ask),
      state: nextState(ctx.thread.state, { step: 'choosing_procedure', codes }),
    };
  }
  // The one the words name goes first; the others stay as suggestions.
  const ordered = picked ? [...hits].sort((a, b) => Number(b.code === picked) - Number(a.code === picked)) : hits;
  const [best, ...others] = ordered.flatMap((hit) => {
    const facts = factsOf(ctx, view, hit.code);
    return facts ? [facts] : [];
  });
  const idle = nextState(ctx.thread.state, { step: 'idle' });
  if (!best) return { replies: noProcedure(query), state: idle };
  return { replies: await answer(ctx, best, others), state: idle };
}

/** A procedure named by its code (a tapped suggestion). */
export async function showProcedure(ctx: TurnContext, code: string): Promise<TurnOutcome> {
  const view = await ctx.deps.catalog.get(ctx.tenant);
  const facts = factsOf(ctx, view, code);
  const idle = nextState(ctx.thread.state, { step: 'idle' });
  return facts ? { replies: await answer(ctx, facts, []), state: idle } : { replies: noProcedure(code), state: idle };
}

/** Free text: a procedure when the catalogue knows the words well, else undefined. */
export async function guessProcedure(ctx: TurnContext, text: string): Promise<TurnOutcome | undefined> {
  if (text.length < 4 || text.length > 200) return undefined;
  const view = await ctx.deps.catalog.get(ctx.tenant);
  const hits = view.index.search(text, { limit: 3 }).hits;
  if (hits.length === 0) return undefined;
  return findProcedure(ctx, text);
}
