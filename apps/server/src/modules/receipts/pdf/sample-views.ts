import type {
  ApologyView,
  DocumentHeaderView,
  ReceiptView,
  RefusalView,
  SupplementRequestView,
  TrackingSheetView,
} from '../receipt-views.ts';

/**
 * Realistic views of one land-registration dossier, for tests and previews: a long procedure name,
 * sixteen documents, and every diacritic the fonts must carry (Đ ư ơ ấ ậ ồ ₫). The people are invented.
 */

/** The dossier code of the samples: unit e-ID, YYMMDD of receipt, sequence of the day. */
export const SAMPLE_CODE = '000.20.01.H53-261124-0001';
/** A long name with Đ, ư and ờ. */
export const SAMPLE_APPLICANT = 'Đặng Nguyễn Thị Ngọc Hường';
/** A procedure name long enough to wrap over several lines on A5. */
export const SAMPLE_PROCEDURE =
  'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân đang sử dụng đất ổn định, không có tranh chấp';
/** A tracking URL of real length (the token is shaped like a real one but signed by no stored key). */
export const SAMPLE_QR_URL =
  'https://motcua.tayninh.gov.vn/q/eyJhbGciOiJFZERTQSIsImtpZCI6InRheS1uaW5oLTIwMjYxMTI0LWExYjJjMyJ9.eyJ0IjoidGF5LW5pbmgiLCJjIjoiMDAwLjIwLjAxLkg1My0yNjExMjQtMDAwMSIsImsiOiJLN1AyOVFYTTREIiwiaWF0IjoxNzk1NDk1NDAwfQ.XBNuGtSgbzSWX5bWrbu7RTHOxBdBo2dGO4JS89xcxqUIKw_picM6ykiIwvRAzjHUgp7FT-ZUr0uDr2f-5pMJDA';

/** 08:30 on 24/11/2026 in Vietnam. */
export const SAMPLE_RECEIVED_AT = new Date('2026-11-24T01:30:00Z');
/** 16:30 on 22/12/2026 in Vietnam: 20 working days later. */
export const SAMPLE_DUE_AT = new Date('2026-12-22T09:30:00Z');

const centre: DocumentHeaderView = {
  issuer: { parent: 'UBND tỉnh Tây Ninh', name: 'Trung tâm Phục vụ hành chính công' },
  number: '1234/GTN-TTPVHCC',
  place: 'Tây Ninh',
  issuedAt: SAMPLE_RECEIVED_AT,
};

const applicant = {
  fullName: SAMPLE_APPLICANT,
  address: 'Số 128, đường Cách Mạng Tháng Tám, khu phố Ninh Phúc, phường Tân Ninh, tỉnh Tây Ninh',
  phone: '0912 345 678',
  email: 'ngochuong.dang@example.vn',
};

const desk = 'Trung tâm Phục vụ hành chính công tỉnh Tây Ninh';

const documentNames: [string, number, number][] = [
  ['Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 04/ĐK)', 1, 0],
  ['Giấy tờ về quyền sử dụng đất quy định tại Điều 137 Luật Đất đai năm 2024 (nếu có)', 0, 1],
  ['Căn cước của người sử dụng đất, chủ sở hữu tài sản gắn liền với đất', 0, 1],
  ['Giấy tờ về tài sản gắn liền với đất, kèm sơ đồ nhà ở, công trình xây dựng (nếu có)', 1, 0],
  [
    'Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài chính về đất đai, tài sản gắn liền với đất (nếu có)',
    1,
    1,
  ],
  ['Văn bản thỏa thuận phân chia di sản thừa kế đã được công chứng, chứng thực', 1, 0],
  ['Trích lục bản đồ địa chính hoặc trích đo địa chính thửa đất', 1, 0],
  ['Giấy xác nhận của Ủy ban nhân dân cấp xã về nguồn gốc và thời điểm sử dụng đất ổn định', 1, 0],
  ['Biên bản xác định ranh giới, mốc giới thửa đất có chữ ký của các hộ liền kề', 1, 0],
  ['Văn bản ủy quyền nộp hồ sơ hoặc nhận Giấy chứng nhận (nếu có)', 1, 0],
  ['Giấy chứng nhận đăng ký kết hôn hoặc giấy xác nhận tình trạng hôn nhân', 0, 1],
  ['Giấy tờ chứng minh nơi cư trú (trường hợp chưa khai thác được Cơ sở dữ liệu quốc gia về dân cư)', 0, 1],
  ['Hợp đồng thuê đất, quyết định giao đất của cơ quan có thẩm quyền qua các thời kỳ', 0, 2],
  ['Tờ khai lệ phí trước bạ nhà, đất (Mẫu số 01/LPTB)', 2, 0],
  ['Tờ khai thuế sử dụng đất phi nông nghiệp (Mẫu số 01/TK-SDDPNN)', 2, 0],
  ['Bản vẽ hiện trạng nhà ở, công trình xây dựng do đơn vị có tư cách pháp nhân lập', 1, 0],
];

/** Mẫu 01 for the sample dossier, copy 2 (the applicant's). */
export function sampleReceipt(qrUrl = SAMPLE_QR_URL): ReceiptView {
  return {
    header: centre,
    code: SAMPLE_CODE,
    copy: 2,
    desk,
    applicant,
    procedureName: SAMPLE_PROCEDURE,
    documents: documentNames.map(([name, originals, copies]) => ({ name, originals, copies })),
    sets: 1,
    legalTimeLimit: '20 ngày làm việc',
    receivedAt: SAMPLE_RECEIVED_AT,
    dueAt: SAMPLE_DUE_AT,
    collectAt: 'Bộ phận tiếp nhận và trả kết quả, Trung tâm Phục vụ hành chính công tỉnh Tây Ninh',
    fee: 'Lệ phí cấp Giấy chứng nhận 100.000 ₫; phí thẩm định hồ sơ 500.000 ₫ (đã nộp)',
    register: { book: '03', entry: '1234' },
    receiverName: 'Trương Thị Mỹ Duyên',
    qr: { url: qrUrl, caption: 'Quét mã QR hoặc nhắn mã hồ sơ cho Zalo OA "Tây Ninh" để tra cứu' },
  };
}

/** Mẫu 02: three corrections, each with its reason. */
export function sampleSupplementRequest(qrUrl = SAMPLE_QR_URL): SupplementRequestView {
  return {
    header: { ...centre, number: '56/PBS-TTPVHCC' },
    code: SAMPLE_CODE,
    desk,
    applicant,
    procedureName: SAMPLE_PROCEDURE,
    receivedAt: SAMPLE_RECEIVED_AT,
    items: [
      {
        item: 'Biên bản xác định ranh giới, mốc giới thửa đất',
        reason: 'Thiếu chữ ký của hộ liền kề phía Đông (ông Lê Văn Ấn); cần ký đủ các hộ giáp ranh',
      },
      {
        item: 'Tờ khai lệ phí trước bạ nhà, đất (Mẫu số 01/LPTB)',
        reason: 'Diện tích kê khai (152,3 m²) không khớp trích đo địa chính (148,7 m²)',
      },
      {
        item: 'Văn bản thỏa thuận phân chia di sản thừa kế',
        reason: 'Nộp bản sao chưa chứng thực; cần bản chính hoặc bản sao có chứng thực',
      },
    ],
    deadlineNote:
      'Ông/Bà vui lòng bổ sung trong 30 ngày kể từ ngày nhận Phiếu này; thời gian bổ sung không tính vào thời hạn giải quyết hồ sơ.',
    contact: 'Tổng đài 1022 hoặc số điện thoại 0276 3822 345',
    guideName: 'Trương Thị Mỹ Duyên',
    qr: { url: qrUrl },
  };
}

/** Mẫu 03 with a legal reason. */
export function sampleRefusal(): RefusalView {
  return {
    header: { ...centre, number: '12/PTC-TTPVHCC' },
    code: SAMPLE_CODE,
    desk,
    applicant,
    procedureName: SAMPLE_PROCEDURE,
    reason:
      'Thửa đất thuộc khu vực đã có quyết định thu hồi đất để thực hiện dự án đường ven hồ Dầu Tiếng; theo Điều 151 Luật Đất đai năm 2024, trường hợp này không đủ điều kiện cấp Giấy chứng nhận.',
    receiverName: 'Trương Thị Mỹ Duyên',
  };
}

/** Mẫu 04: one new date, a week after the original one. */
export function sampleApology(title: ApologyView['title'] = 'tt01-2018', qrUrl = SAMPLE_QR_URL): ApologyView {
  return {
    header: {
      issuer: { parent: 'UBND tỉnh Tây Ninh', name: 'Sở Nông nghiệp và Môi trường' },
      number: '85/XL-SNNMT',
      place: 'Tây Ninh',
      issuedAt: new Date('2026-12-18T02:00:00Z'),
    },
    title,
    code: SAMPLE_CODE,
    applicant,
    procedureName: SAMPLE_PROCEDURE,
    desk,
    receivedAt: SAMPLE_RECEIVED_AT,
    originalDueAt: SAMPLE_DUE_AT,
    newDueAt: new Date('2026-12-29T09:00:00Z'),
    reason:
      'Hồ sơ phải lấy ý kiến của cơ quan thuế về nghĩa vụ tài chính và xác minh nguồn gốc đất tại địa phương, cần thêm thời gian thẩm định.',
    signer: { title: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', name: 'Lê Văn Đồng' },
    qr: { url: qrUrl },
  };
}

/** The tracking sheet: four hand-offs recorded, two blank rows. */
export function sampleTrackingSheet(): TrackingSheetView {
  const at = (iso: string): Date => new Date(iso);
  return {
    header: centre,
    code: SAMPLE_CODE,
    receiptNumber: '1234/GTN-TTPVHCC',
    applicant,
    procedureName: SAMPLE_PROCEDURE,
    receivedAt: SAMPLE_RECEIVED_AT,
    dueAt: SAMPLE_DUE_AT,
    resolvingUnit: 'Văn phòng Đăng ký đất đai tỉnh Tây Ninh',
    coordinatingUnits: ['Chi cục Thuế khu vực XVII', 'UBND phường Tân Ninh'],
    handoffs: [
      {
        fromUnit: 'Bộ phận tiếp nhận và trả kết quả',
        toUnit: 'Văn phòng Đăng ký đất đai',
        handedAt: at('2026-11-24T08:00:00Z'),
        receivedAt: at('2026-11-24T08:45:00Z'),
        fromOfficer: 'Trương Thị Mỹ Duyên',
        toOfficer: 'Phạm Quốc Đạt',
        result: 'on_time',
      },
      {
        fromUnit: 'Văn phòng Đăng ký đất đai',
        toUnit: 'Chi cục Thuế khu vực XVII',
        handedAt: at('2026-12-01T02:00:00Z'),
        receivedAt: at('2026-12-01T03:10:00Z'),
        fromOfficer: 'Phạm Quốc Đạt',
        toOfficer: 'Hồ Thị Thu Sương',
        result: 'early',
        note: 'Xác định nghĩa vụ tài chính',
      },
      {
        fromUnit: 'Chi cục Thuế khu vực XVII',
        toUnit: 'Văn phòng Đăng ký đất đai',
        handedAt: at('2026-12-10T07:30:00Z'),
        receivedAt: at('2026-12-10T08:00:00Z'),
        fromOfficer: 'Hồ Thị Thu Sương',
        toOfficer: 'Phạm Quốc Đạt',
        result: 'late',
        note: 'Chậm 01 ngày do xác minh',
      },
      {
        fromUnit: 'Văn phòng Đăng ký đất đai',
        toUnit: 'Sở Nông nghiệp và Môi trường',
        handedAt: at('2026-12-15T02:00:00Z'),
        fromOfficer: 'Phạm Quốc Đạt',
      },
    ],
    blankRows: 2,
  };
}
