import { describe, expect, it } from 'vitest';
import { draftFixture } from '../../test/filing-fixtures.ts';
import { buildSubmission, routeRejection } from './submission.ts';

describe('buildSubmission', () => {
  it('trims and NFC-normalises answers, drops blank ones, and adds the filer only when filing for someone', () => {
    const decomposed = 'Nguye\u0302\u0303n Va\u0306n Hu\u0300ng';
    const draft = draftFixture({
      form: { note: '  x  ', blank: '   ', nested: { name: decomposed } },
      contact: { onBehalf: false, applicant: { fullName: ' Trần Thị Mỹ Linh ', phone: '0918123456', email: '' } },
    });
    const body = buildSubmission(draft, 'zalo');
    expect(body.form).toEqual({ note: 'x', nested: { name: 'Nguyễn Văn Hùng' } });
    expect(body.applicant).toEqual({ fullName: 'Trần Thị Mỹ Linh', phone: '0918123456' });
    expect(body.filer).toBeUndefined();
    expect(body.channel).toBe('zalo');
    const proxy = buildSubmission(
      {
        ...draft,
        contact: { ...draft.contact, onBehalf: true, filer: { fullName: 'A B', phone: '0987654321', relation: 'Con' } },
      },
      'online',
    );
    expect(proxy.filer).toEqual({ fullName: 'A B', phone: '0987654321', relation: 'Con' });
  });
});

describe('routeRejection', () => {
  const draft = draftFixture({
    attachments: [
      {
        id: 'p',
        documentKey: 'giay-chung-sinh',
        uploadId: 'u-1',
        fileName: 'a.jpg',
        contentType: 'image/jpeg',
        size: 1,
        issues: [],
      },
    ],
  });

  it('sends form errors to the e-form with pointers inside it', () => {
    const rejection = routeRejection(
      { code: 'APPLICATION.FORM_INVALID', errors: [{ pointer: '/body/form/child/fullName', message: 'm' }] },
      draft,
    );
    expect(rejection.step).toBe('form');
    expect(rejection.form).toEqual([{ pointer: '/child/fullName', message: 'm' }]);
  });

  it('names documents by key, also when the server names the upload', () => {
    const rejection = routeRejection(
      {
        code: 'APPLICATION.ATTACHMENT_INVALID',
        errors: [
          { pointer: '/body/attachments/u-1', message: 'hết hạn' },
          { pointer: '/body/attachments/van-ban-uy-quyen', message: 'thiếu' },
        ],
      },
      draft,
    );
    expect(rejection.step).toBe('documents');
    expect(rejection.documents).toEqual({ 'giay-chung-sinh': 'hết hạn', 'van-ban-uy-quyen': 'thiếu' });
  });

  it('goes to the earliest step at fault', () => {
    const rejection = routeRejection(
      {
        code: 'REQUEST.INVALID',
        errors: [
          { pointer: '/body/applicant/phone', message: 'p' },
          { pointer: '/body/form/x', message: 'x' },
        ],
      },
      draft,
    );
    expect(rejection.step).toBe('form');
    expect(rejection.contact).toEqual([{ pointer: '/applicant/phone', message: 'p' }]);
  });
});
