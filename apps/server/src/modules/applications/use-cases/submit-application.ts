import { randomInt } from 'node:crypto';
import type { SubmitApplicationBody, SubmitApplicationResponse } from '@motcua/contracts';
import { statusLabel, statuses, type Actor } from '@motcua/workflow';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import { idempotent } from '../../../platform/idempotency.ts';
import type { Clock } from '../../../platform/clock.ts';
import { declareDocuments } from '../../attachments/index.ts';
import { findPublishedVersion, ProcedureNotFoundError, validateForm, type StoredVersion } from '../../catalog/index.ts';
import { listUnits, toLocalDate, type Tenant, type Unit } from '../../tenants/index.ts';
import { actingRole } from '../domain/acting-role.ts';
import { formatDossierCode, normalizePhone } from '../domain/dossier-code.ts';
import { checkDocuments } from '../domain/required-documents.ts';
import { DocumentsMissingError, FormInvalidError, InvalidFilingError } from '../applications.errors.ts';
import { APPLICATION_MAX_BYTES, checkUploads } from './check-uploads.ts';
import { recordNotice } from './perform-action.ts';
import { recordEvent } from './publish-event.ts';
import { insertApplication, insertDocuments, numberDossier, upsertCitizen } from '../applications.repo.ts';

export interface SubmitDeps {
  database: Database;
  clock: Clock;
  applicationMaxBytes?: number;
}

export interface SubmitInput {
  tenant: Tenant;
  body: SubmitApplicationBody;
  idempotencyKey: string | undefined;
  requestId: string;
  trackingUrl: (code: string, key: string) => string;
}

const KEY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A look-up key a citizen can read from paper and type: 10 characters, about 49 bits. */
function newLookupKey(): string {
  return Array.from({ length: 10 }, () => KEY_ALPHABET[randomInt(KEY_ALPHABET.length)] ?? 'A').join('');
}

function receivingUnit(version: StoredVersion, units: readonly Unit[], unitEid: string | undefined): Unit {
  const level = version.definition.level;
  const eligible =
    version.unitIds.length > 0
      ? units.filter((u) => version.unitIds.includes(u.id))
      : units.filter((u) => (level === 'commune' ? u.kind === 'commune' : u.kind !== 'commune'));
  const chosen = unitEid ? eligible.find((u) => u.eid === unitEid) : eligible[0];
  if (!chosen) {
    throw new InvalidFilingError(
      'APPLICATION.UNIT_INVALID',
      [{ pointer: '/body/unitEid', message: 'Nơi tiếp nhận không nhận thủ tục này.' }],
      'Nơi tiếp nhận không nhận thủ tục này. Vui lòng chọn nơi tiếp nhận khác.',
    );
  }
  return chosen;
}

async function checkFiling(
  tx: Tx,
  tenantId: string,
  version: StoredVersion,
  body: SubmitApplicationBody,
  maxBytes: number,
): Promise<string> {
  const def = version.definition;
  const chosenCase = body.caseKey ? def.cases.find((c) => c.key === body.caseKey) : def.cases[0];
  if (!chosenCase) {
    throw new InvalidFilingError(
      'APPLICATION.CASE_INVALID',
      [{ pointer: '/body/caseKey', message: 'Trường hợp không có trong thủ tục.' }],
      'Trường hợp hồ sơ không đúng với thủ tục này. Vui lòng chọn lại trường hợp.',
    );
  }
  if (def.form) {
    const errors = validateForm(version.id, def.form, body.form);
    if (errors.length > 0)
      throw new FormInvalidError(errors.map((e) => ({ pointer: `/body/form${e.pointer}`, message: e.message })));
  }
  const check = checkDocuments(
    chosenCase.documents,
    body.attachments.map((a) => a.documentKey),
    def.form !== undefined,
  );
  if (check.unknown.length > 0) {
    throw new InvalidFilingError(
      'APPLICATION.ATTACHMENT_INVALID',
      check.unknown.map((k) => ({
        pointer: `/body/attachments/${k}`,
        message: 'Giấy tờ không có trong danh sách của thủ tục.',
      })),
      'Có tệp đính kèm không thuộc danh sách giấy tờ của thủ tục.',
    );
  }
  if (check.missing.length > 0) throw new DocumentsMissingError(check.missing);
  await checkUploads(
    tx,
    tenantId,
    body.attachments.map((a) => a.uploadId),
    maxBytes,
  );
  return chosenCase.key;
}

export interface Filed {
  id: string;
  code: string;
  lookupKey: string;
  submittedAt: Date;
}

/** A dossier filed in this transaction, its code still its id until `number` gives it its code. */
interface Unnumbered {
  id: string;
  lookupKey: string;
  submittedAt: Date;
  /** Numbers it (the last statement before the commit); with `idempotency`, in the stored answer too. */
  number(idempotency?: { scope: string; key: string }): Promise<string>;
}

type FilingInput = Parameters<typeof fileInTx>[1];

/**
 * Creates a dossier inside the caller's transaction: validated against the procedure version it
 * pins, numbered for the receiving unit and day, the citizen linked by phone, the submission
 * recorded with its notice. Online filing and counter intake both go through here.
 */
export async function fileInTx(
  tx: Tx,
  input: {
    tenant: Tenant;
    body: SubmitApplicationBody;
    channel: 'online' | 'zalo' | 'counter';
    now: Date;
    requestId: string;
    idempotencyKey?: string | undefined;
    /** The officer recording a walk-in dossier; absent when the citizen files. */
    officer?: Extract<Actor, { kind: 'officer' }>;
    /** Largest total of the dossier's files (MOTCUA_APPLICATION_MAX_BYTES). */
    maxBytes?: number;
  },
): Promise<Filed> {
  const filed = await fileUnnumbered(tx, input);
  return { id: filed.id, code: await filed.number(), lookupKey: filed.lookupKey, submittedAt: filed.submittedAt };
}

async function fileUnnumbered(tx: Tx, input: FilingInput): Promise<Unnumbered> {
  const { tenant, body, now } = input;
  const version = await findPublishedVersion(tx, tenant.id, body.procedureCode);
  if (!version) throw new ProcedureNotFoundError(body.procedureCode);
  const caseKey = await checkFiling(tx, tenant.id, version, body, input.maxBytes ?? APPLICATION_MAX_BYTES);
  const unit = receivingUnit(version, await listUnits(tx, tenant.id), body.unitEid);
  const day = toLocalDate(now);
  const id = newId();
  const lookupKey = newLookupKey();
  const phone = normalizePhone(body.applicant.phone);
  const citizenId = await upsertCitizen(tx, tenant.id, {
    id: newId(),
    phone,
    fullName: body.applicant.fullName,
    email: body.applicant.email ?? null,
  });
  await insertApplication(tx, {
    tenantId: tenant.id,
    id,
    // Its own id until it is numbered, last (see below); nobody outside this transaction sees it.
    code: id,
    lookupKey,
    procedureVersionId: version.id,
    procedureCode: version.definition.code,
    caseKey,
    channel: input.channel,
    unitId: unit.id,
    currentUnitId: unit.id,
    status: 'submitted',
    citizenId,
    applicantName: body.applicant.fullName,
    applicantPhone: phone,
    applicantEmail: body.applicant.email ?? null,
    applicantIdNumber: body.applicant.idNumber ?? null,
    applicantAddress: body.applicant.address ?? null,
    filer: body.filer ?? null,
    form: body.form,
    submittedAt: now,
  });
  await insertDocuments(tx, tenant.id, id, body.attachments);
  // A photo filed for an ID-card slot is checked and read as one, however it was uploaded.
  await declareDocuments(tx, tenant.id, version.definition.code, body.attachments);
  const eventId = newId();
  await recordEvent(tx, {
    tenantId: tenant.id,
    id: eventId,
    applicationId: id,
    at: now,
    actorType: input.officer ? 'officer' : 'citizen',
    actorId: input.officer?.officerId ?? null,
    role: input.officer ? actingRole(input.officer, unit.id, ['intake']) : null,
    action: 'submit',
    toStatus: 'submitted',
    toUnitId: unit.id,
    requestId: input.requestId,
    idempotencyKey: input.idempotencyKey ?? null,
  });
  await recordNotice(tx, tenant.id, id, eventId, 'application.received');
  return {
    id,
    lookupKey,
    submittedAt: now,
    // Numbered last: the unit's day counter stays locked from then to the commit, so concurrent
    // filings at one unit wait for each other only that long.
    number: (idempotency) =>
      numberDossier(
        tx,
        { tenantId: tenant.id, id, unitId: unit.id, day },
        (sequence) => formatDossierCode(unit.eid, day, sequence),
        idempotency,
      ),
  };
}

const SUBMIT_SCOPE = 'applications.submit';

/**
 * Files a dossier online; a repeated Idempotency-Key returns the first answer. The answer is stored
 * under the key before the dossier is numbered (with its id for code), and the numbering statement
 * writes the code into both: the unit's counter is then locked for one statement and the commit.
 */
export async function submitApplication(
  deps: SubmitDeps,
  input: SubmitInput,
): Promise<{ status: number; body: SubmitApplicationResponse }> {
  const { tenant, body } = input;
  return withTx(deps.database, tenant.id, async (tx) => {
    let filed: Unnumbered | undefined;
    const answer = (code: string, lookupKey: string, submittedAt: Date): SubmitApplicationResponse => ({
      code,
      lookupKey,
      status: statuses.submitted.code,
      statusLabel: statusLabel('submitted'),
      trackingUrl: input.trackingUrl(code, lookupKey),
      submittedAt: submittedAt.toISOString(),
    });
    const stored = await idempotent(tx, tenant.id, SUBMIT_SCOPE, input.idempotencyKey, body, async () => {
      filed = await fileUnnumbered(tx, {
        tenant,
        body,
        channel: body.channel ?? 'online',
        now: deps.clock.now(),
        requestId: input.requestId,
        idempotencyKey: input.idempotencyKey,
        ...(deps.applicationMaxBytes ? { maxBytes: deps.applicationMaxBytes } : {}),
      });
      return { status: 201, body: answer(filed.id, filed.lookupKey, filed.submittedAt) };
    });
    // A replayed key: the first answer, numbered when it was stored.
    if (!filed) return stored;
    const key = input.idempotencyKey;
    const code = await filed.number(key ? { scope: SUBMIT_SCOPE, key } : undefined);
    return { status: stored.status, body: answer(code, filed.lookupKey, filed.submittedAt) };
  });
}
