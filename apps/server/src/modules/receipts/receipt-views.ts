/**
 * Plain data behind each printed one-stop document (TT 01/2018/TT-VPCP, Mẫu 01–05; TT 03/2025/TT-VPCP
 * renumbers the tracking sheet as Mẫu 06). A use case fills a view from its rows; a renderer turns it
 * into a PDF. Times are instants; the renderers print them in Vietnam time (UTC+7).
 */

/** The issuing body, printed at the top left of every form. */
export interface IssuerView {
  /** The governing body, e.g. "UBND TỈNH TÂY NINH". */
  parent: string;
  /** The issuing unit, e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG". */
  name: string;
}

/** The two-column header shared by all forms: issuer and number on the left, national motto on the right. */
export interface DocumentHeaderView {
  issuer: IssuerView;
  /** What follows "Số:", e.g. "1234/GTN-TTPVHCC"; when absent a blank "Số: ……" line is printed. */
  number?: string;
  /** Place name of the date line under the motto, e.g. "Tây Ninh". */
  place: string;
  /** Date of the document; also the PDF's creation date, so equal views give equal files. */
  issuedAt: Date;
}

/** The person or organisation that filed the dossier. */
export interface ApplicantView {
  fullName: string;
  address?: string;
  phone?: string;
  email?: string;
}

/** One document of the dossier and how many originals (bản chính) and copies (bản sao) were handed in. */
export interface DocumentItemView {
  name: string;
  originals: number;
  copies: number;
}

/** A signature block: the role in capitals, the "(Ký và ghi rõ họ tên)" note, then the signer's name. */
export interface SignatureView {
  title: string;
  note?: string;
  name?: string;
}

/** The tracking QR printed on a form: the URL it encodes and an optional hint beside it. */
export interface QrView {
  url: string;
  caption?: string;
}

/** Mẫu 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả (TT 01/2018/TT-VPCP; same number in TT 03/2025). */
export interface ReceiptView {
  header: DocumentHeaderView;
  /** Mã hồ sơ, `<unit e-ID>-YYMMDD-XXXX` (TT 01/2018 Điều 19). */
  code: string;
  /** Which of the two copies this is: 1 stays with the tracking sheet, 2 goes to the applicant. */
  copy?: 1 | 2;
  /** "Bộ phận tiếp nhận và trả kết quả: …". */
  desk: string;
  applicant: ApplicantView;
  /** "Nội dung yêu cầu giải quyết": the procedure's full name. */
  procedureName: string;
  documents: readonly DocumentItemView[];
  /** Số lượng hồ sơ, in sets (bộ). */
  sets: number;
  /** The legal time limit as text, e.g. "05 ngày làm việc". */
  legalTimeLimit: string;
  receivedAt: Date;
  dueAt: Date;
  /** "Đăng ký nhận kết quả tại": the desk, or a postal address. */
  collectAt: string;
  /** The fee line, e.g. "Lệ phí 8.000 ₫ (đã nộp)"; omitted when the procedure has none. */
  fee?: string;
  /** "Vào Sổ theo dõi hồ sơ, Quyển số … Số thứ tự …". */
  register: { book: string; entry: string };
  /** Name of the officer who received the dossier. */
  receiverName?: string;
  qr: QrView;
  /** Electronic forms carry the organisation's digital signature instead of handwritten ones. */
  electronic?: boolean;
}

/** One missing or incorrect item of a supplement request, with its reason. */
export interface SupplementItemView {
  item: string;
  reason: string;
}

/**
 * Mẫu 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. The list must be complete: the law asks for all
 * corrections to be explained "đầy đủ, cụ thể một lần".
 */
export interface SupplementRequestView {
  header: DocumentHeaderView;
  code: string;
  desk: string;
  applicant: ApplicantView;
  procedureName: string;
  /** When the dossier was first handed in, if it was. */
  receivedAt?: Date;
  items: readonly SupplementItemView[];
  /** When and how to hand the supplement in, e.g. "Ông/Bà vui lòng bổ sung trước …". */
  deadlineNote?: string;
  /** Who to ask, e.g. "Tổng đài 1022 hoặc số 0276 3822 345". */
  contact?: string;
  /** Name of the officer who gave the guidance. */
  guideName?: string;
  qr?: QrView;
}

/** Mẫu 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
export interface RefusalView {
  header: DocumentHeaderView;
  /** The dossier code, when one was issued (online filings have one before intake). */
  code?: string;
  desk: string;
  applicant: ApplicantView;
  procedureName: string;
  /** The reason for refusal, with the legal ground where there is one. */
  reason: string;
  receiverName?: string;
}

/**
 * Mẫu 04. TT 01/2018 names it "Phiếu xin lỗi và hẹn lại ngày trả kết quả"; TT 03/2025 renames it
 * "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết".
 */
export type ApologyTitle = 'tt01-2018' | 'tt03-2025';

/** Mẫu 04: apology for a late dossier and the one new date (re-appointment is allowed once). */
export interface ApologyView {
  header: DocumentHeaderView;
  title?: ApologyTitle;
  code: string;
  applicant: ApplicantView;
  procedureName: string;
  /** The desk that received the dossier. */
  desk: string;
  receivedAt: Date;
  /** The due date printed on the receipt; kept for the on-time indicator. */
  originalDueAt: Date;
  newDueAt: Date;
  /** Why the dossier is late. */
  reason: string;
  signer: SignatureView;
  /** "Nơi nhận" lines; defaults to the applicant and the archive. */
  recipients?: readonly string[];
  qr?: QrView;
}

/** Outcome of one step on the tracking sheet. */
export type StepResult = 'early' | 'on_time' | 'late';

/** One hand-off between two units, a row of the tracking sheet. */
export interface HandoffView {
  fromUnit: string;
  toUnit: string;
  /** When the sender handed the dossier over; a blank "… giờ … phút" line when absent. */
  handedAt?: Date;
  /** When the receiver took it; a blank line when absent. */
  receivedAt?: Date;
  fromOfficer?: string;
  toOfficer?: string;
  result?: StepResult;
  note?: string;
}

/**
 * Mẫu 05 (TT 01/2018; Mẫu 06 under TT 03/2025), Phiếu kiểm soát quá trình giải quyết hồ sơ: it travels
 * with the dossier and records every hand-off, printed on A4.
 */
export interface TrackingSheetView {
  header: DocumentHeaderView;
  code: string;
  /** Number of the receipt it is attached to ("Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số …"). */
  receiptNumber?: string;
  applicant: ApplicantView;
  procedureName: string;
  receivedAt: Date;
  dueAt: Date;
  /** "Cơ quan (bộ phận) giải quyết hồ sơ". */
  resolvingUnit: string;
  /** "Cơ quan phối hợp giải quyết hồ sơ". */
  coordinatingUnits?: readonly string[];
  handoffs: readonly HandoffView[];
  /** Empty rows after the recorded ones, to fill in by hand. */
  blankRows?: number;
  orientation?: 'portrait' | 'landscape';
}
