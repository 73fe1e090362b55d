import type { ProcessingTime } from '@motcua/contracts';
import type { Clock } from '../../../platform/clock.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import { findVersionById } from '../../catalog/index.ts';
import { renderReceipt, type ReceiptView } from '../../receipts/index.ts';
import { listUnits, type Tenant } from '../../tenants/index.ts';
import { ApplicationNotFoundError } from '../applications.errors.ts';
import { findByCode, listDocuments } from '../applications.repo.ts';
import { sameKey } from '../domain/lookup-key.ts';

/** Thrown when a receipt is asked for before the desk accepted the dossier. */
export class ReceiptNotReadyError extends AppError {
  constructor() {
    super('APPLICATION.RECEIPT_NOT_READY', 'The dossier has not been accepted yet');
  }
}

function limitText(limit: ProcessingTime): string {
  if (limit.value === 0)
    return limit.cutoffTime
      ? `Trong ngày (nhận sau ${limit.cutoffTime} trả vào ngày làm việc tiếp theo)`
      : 'Trong ngày';
  const unit = { working_days: 'ngày làm việc', working_hours: 'giờ làm việc', days: 'ngày' }[limit.unit];
  return `${String(limit.value)} ${unit}`;
}

function money(amount: number): string {
  return `${new Intl.NumberFormat('vi-VN').format(amount)} ₫`;
}

/**
 * Mẫu 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, TT 01/2018/TT-VPCP) of an accepted dossier, for
 * whoever holds its code and look-up key; the QR carries a signed token that opens the tracking page.
 */
export async function renderReceiptPdf(
  deps: { database: Database; clock: Clock },
  input: {
    tenant: Tenant;
    code: string;
    key: string;
    qrUrl: (code: string, key: string, issuedAt: Date) => Promise<string>;
  },
): Promise<Buffer> {
  const data = await withTx(deps.database, input.tenant.id, async (tx) => {
    const app = await findByCode(tx, input.tenant.id, input.code);
    if (!app || !sameKey(app.lookupKey, input.key)) return undefined;
    return {
      app,
      version: await findVersionById(tx, input.tenant.id, app.procedureVersionId),
      units: await listUnits(tx, input.tenant.id),
      documents: await listDocuments(tx, input.tenant.id, app.id),
    };
  });
  if (!data) throw new ApplicationNotFoundError();
  const { app, version, units, documents } = data;
  if (!app.receivedAt || !app.dueAt || !version) throw new ReceiptNotReadyError();
  const desk = units.find((u) => u.id === app.unitId);
  const def = version.definition;
  const chosen = def.cases.find((c) => c.key === app.caseKey) ?? def.cases[0];
  const filed = new Set(documents.map((d) => d.documentKey));
  const items = (chosen?.documents ?? [])
    .filter((d) => filed.has(d.key) || (def.form !== undefined && d.filledByForm))
    .map((d) => ({ name: d.name, originals: d.originals, copies: d.copies }));
  const channelLimit = def.channels.find((c) => c.channel === (app.channel === 'zalo' ? 'online' : app.channel));
  const view: ReceiptView = {
    header: {
      issuer: { parent: `UBND ${input.tenant.name}`.toUpperCase(), name: desk?.name ?? input.tenant.name },
      place: input.tenant.name.replace(/^(Tỉnh|Thành phố)\s+/u, ''),
      issuedAt: app.receivedAt,
    },
    code: app.code,
    copy: 2,
    desk: desk?.name ?? '',
    applicant: {
      fullName: app.applicantName,
      ...(app.applicantAddress ? { address: app.applicantAddress } : {}),
      phone: `0${app.applicantPhone.slice(2)}`,
      ...(app.applicantEmail ? { email: app.applicantEmail } : {}),
    },
    procedureName: def.name,
    documents: items,
    sets: 1,
    legalTimeLimit: limitText(channelLimit?.processingTime ?? def.processingTime),
    receivedAt: app.receivedAt,
    dueAt: app.rescheduledDueAt ?? app.dueAt,
    collectAt: desk?.name ?? '',
    fee: def.fee.amount > 0 ? `${money(def.fee.amount)} (${def.fee.text})` : def.fee.text,
    register: { book: String(app.receivedAt.getUTCFullYear()), entry: app.code.split('-').pop() ?? '' },
    qr: { url: await input.qrUrl(app.code, app.lookupKey, app.receivedAt), caption: 'Quét mã để theo dõi hồ sơ' },
    electronic: app.channel !== 'counter',
  };
  return renderReceipt(view);
}
