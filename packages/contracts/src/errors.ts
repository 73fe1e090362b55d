import { integrationErrors } from './integrations-errors.ts';
import { lookupErrors } from './lookups-errors.ts';

/**
 * Stable error codes (`MODULE.REASON`) with their HTTP status and the messages the apps show.
 * Vietnamese first; every message says what the person can do next.
 */
export const errorCatalog = {
  'REQUEST.INVALID': {
    status: 400,
    vi: 'Yêu cầu không hợp lệ. Vui lòng kiểm tra lại các trường được nêu.',
    en: 'The request is invalid. Check the fields listed.',
  },
  'REQUEST.NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy địa chỉ này. Vui lòng kiểm tra lại đường dẫn.',
    en: 'No such route. Check the address.',
  },
  'REQUEST.TOO_MANY': {
    status: 429,
    vi: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.',
    en: 'Too many requests. Try again in a few minutes.',
  },
  'TENANT.NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy tỉnh/thành phố này. Vui lòng kiểm tra lại đường dẫn.',
    en: 'No such province. Check the address.',
  },
  'TENANT.UNITS_INVALID': {
    status: 422,
    vi: 'Danh sách đơn vị có lỗi; chưa có đơn vị nào được nhập. Hãy sửa các dòng được nêu rồi nhập lại.',
    en: 'The unit list has errors; nothing was imported. Fix the rows listed and import again.',
  },
  'TENANT.ADMIN_UNITS_INVALID': {
    status: 422,
    vi: 'Tệp đơn vị hành chính có lỗi; chưa có gì được nhập. Hãy sửa các dòng được nêu rồi nhập lại.',
    en: 'The administrative-units file has errors; nothing was imported. Fix the rows listed and import again.',
  },
  'CATALOG.PROCEDURE_NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy thủ tục hành chính với mã này. Vui lòng tìm theo tên thủ tục.',
    en: 'No procedure with this code. Search by name instead.',
  },
  'CATALOG.IMPORT_INVALID': {
    status: 422,
    vi: 'Tệp danh mục có lỗi; chưa có thủ tục nào được nhập. Hãy sửa các dòng được nêu rồi nhập lại.',
    en: 'The catalogue file has errors; nothing was imported. Fix the rows listed and import again.',
  },
  'APPLICATION.NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy hồ sơ với mã và mã tra cứu này. Vui lòng kiểm tra lại giấy biên nhận.',
    en: 'No dossier with this code and look-up key. Check the receipt.',
  },
  'APPLICATION.FORM_INVALID': {
    status: 422,
    vi: 'Tờ khai chưa đúng hoặc còn thiếu. Vui lòng sửa các mục được nêu rồi gửi lại.',
    en: 'The form has errors or missing answers. Fix the fields listed and send it again.',
  },
  'APPLICATION.DOCUMENTS_MISSING': {
    status: 422,
    vi: 'Hồ sơ còn thiếu giấy tờ bắt buộc. Vui lòng chụp và đính kèm các giấy tờ được nêu.',
    en: 'Required documents are missing. Attach the documents listed.',
  },
  'APPLICATION.ATTACHMENT_INVALID': {
    status: 422,
    vi: 'Có ảnh hoặc tệp đính kèm không hợp lệ hoặc đã hết hạn. Vui lòng tải lên lại.',
    en: 'An attachment is unknown or expired. Upload it again.',
  },
  'APPLICATION.CASE_INVALID': {
    status: 422,
    vi: 'Trường hợp hồ sơ không đúng với thủ tục này. Vui lòng chọn lại trường hợp.',
    en: 'This case does not belong to the procedure. Choose the case again.',
  },
  'APPLICATION.UNIT_INVALID': {
    status: 422,
    vi: 'Nơi tiếp nhận không nhận thủ tục này. Vui lòng chọn nơi tiếp nhận khác.',
    en: 'This unit does not receive the procedure. Choose another unit.',
  },
  'APPLICATION.TRANSITION_NOT_ALLOWED': {
    status: 409,
    vi: 'Hồ sơ đang ở trạng thái không cho phép thao tác này (có thể cán bộ khác vừa xử lý). Vui lòng tải lại hồ sơ.',
    en: 'The dossier’s status does not allow this action (another officer may have just acted). Reload the dossier.',
  },
  'APPLICATION.RECEIPT_NOT_READY': {
    status: 409,
    vi: 'Hồ sơ chưa được tiếp nhận nên chưa có giấy biên nhận. Vui lòng chờ cán bộ tiếp nhận hồ sơ.',
    en: 'The dossier has not been accepted yet, so there is no receipt. Wait for the desk to accept it.',
  },
  'APPLICATION.FORM_NOT_AVAILABLE': {
    status: 409,
    vi: 'Hồ sơ chưa có biểu mẫu này (ví dụ: phiếu xin lỗi chỉ có sau khi hẹn lại ngày trả kết quả).',
    en: 'This form does not exist for the dossier yet (e.g. the apology exists only after a reschedule).',
  },
  'APPLICATION.ALREADY_RESCHEDULED': {
    status: 409,
    vi: 'Hồ sơ đã được hẹn lại ngày trả một lần; không thể hẹn lại lần nữa.',
    en: 'The dossier was already rescheduled once; it cannot be rescheduled again.',
  },
  'APPLICATION.RESCHEDULE_TOO_LATE': {
    status: 409,
    vi: 'Đã quá ngày hẹn trả; văn bản xin lỗi và hẹn lại phải gửi trước ngày hẹn.',
    en: 'The due date has passed; the apology with a new date must come before it.',
  },
  'APPLICATION.FORBIDDEN': {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này với hồ sơ của đơn vị này.',
    en: 'You may not perform this action on this unit’s dossiers.',
  },
  'APPLICATION.REASON_REQUIRED': {
    status: 422,
    vi: 'Vui lòng nhập lý do; lý do sẽ được in trên phiếu gửi công dân.',
    en: 'Enter a reason; it is printed on the notice sent to the citizen.',
  },
  'APPLICATION.PAYLOAD_INVALID': {
    status: 422,
    vi: 'Thông tin kèm theo thao tác chưa đúng hoặc còn thiếu. Vui lòng kiểm tra lại.',
    en: 'The details of this action are missing or wrong. Check them.',
  },
  'REQUEST.IDEMPOTENCY_CONFLICT': {
    status: 409,
    vi: 'Yêu cầu này đã được gửi với nội dung khác. Vui lòng tạo yêu cầu mới.',
    en: 'This Idempotency-Key was already used with a different request. Make a new request.',
  },
  /** Thrown when the username is unknown or the password is wrong (the same answer for both). */
  'AUTH.INVALID_CREDENTIALS': {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại; sau 5 lần sai liên tiếp tài khoản sẽ bị tạm khoá 15 phút.',
    en: 'Wrong username or password. Check both; after 5 failures in a row the account is locked for 15 minutes.',
  },
  /** Thrown when the password was right and the account needs a code from its authenticator app. */
  'AUTH.TOTP_REQUIRED': {
    status: 401,
    vi: 'Tài khoản này dùng xác thực hai bước. Vui lòng nhập mã 6 chữ số đang hiện trên ứng dụng xác thực của bạn.',
    en: 'This account uses two-step sign-in. Enter the 6-digit code shown in your authenticator app.',
  },
  /** Thrown when the authenticator code is wrong or too old; counts as a failed sign-in. */
  'AUTH.TOTP_INVALID': {
    status: 401,
    vi: 'Mã xác thực không đúng hoặc đã hết hạn. Vui lòng nhập mã mới nhất trên ứng dụng xác thực và kiểm tra giờ của điện thoại.',
    en: 'The code is wrong or expired. Enter the latest code from your authenticator app and check your phone’s clock.',
  },
  /** Thrown while an account is locked after repeated failed sign-ins; `Retry-After` says for how long. */
  /** Thrown when a citizen's sign-in code is wrong, expired or already used. */
  'AUTH.OTP_INVALID': {
    status: 401,
    vi: 'Mã xác thực không đúng hoặc đã hết hạn. Vui lòng kiểm tra lại tin nhắn hoặc bấm "Gửi lại mã".',
    en: 'The code is wrong or has expired. Check the message again or tap "Send the code again".',
  },
  /** Thrown when a phone number asked for too many sign-in codes. */
  'AUTH.OTP_THROTTLED': {
    status: 429,
    vi: 'Bạn đã yêu cầu quá nhiều mã xác thực. Vui lòng chờ 15 phút rồi thử lại.',
    en: 'Too many codes were requested. Wait 15 minutes and try again.',
  },
  /** Thrown when Zalo does not vouch for the tokens a Mini App sent (expired, used, or for another app). */
  'AUTH.ZALO_TOKEN_INVALID': {
    status: 401,
    vi: 'Không xác nhận được tài khoản Zalo của bạn. Vui lòng đóng ứng dụng, mở lại rồi bấm "Đăng nhập bằng Zalo" một lần nữa.',
    en: 'Your Zalo account could not be confirmed. Close the app, open it again and tap "Sign in with Zalo" once more.',
  },
  /** Thrown when a Zalo user signs in for the first time without sharing a phone number. */
  'AUTH.ZALO_PHONE_REQUIRED': {
    status: 422,
    vi: 'Lần đầu đăng nhập, vui lòng đồng ý chia sẻ số điện thoại để chúng tôi tìm đúng hồ sơ và gửi thông báo cho bạn.',
    en: 'The first time you sign in, agree to share your phone number so we can find your dossiers and notify you.',
  },
  /** Thrown when the province has no Zalo app configured or Zalo cannot be reached. */
  'AUTH.ZALO_UNAVAILABLE': {
    status: 503,
    vi: 'Hiện chưa đăng nhập bằng Zalo được. Vui lòng thử lại sau ít phút, hoặc đăng nhập bằng số điện thoại và mã xác thực.',
    en: 'Signing in with Zalo is not available right now. Try again in a few minutes, or sign in with your phone number and a code.',
  },
  /** Thrown when a Zalo webhook's `X-ZEvent-Signature` is missing or does not match the body. */
  'CHANNEL.WEBHOOK_SIGNATURE': {
    status: 401,
    vi: 'Chữ ký của sự kiện Zalo không hợp lệ; sự kiện không được xử lý.',
    en: 'The Zalo event signature is invalid; the event was not processed.',
  },
  /** Thrown when a Zalo webhook's timestamp is too old (or in the future) to be accepted. */
  'CHANNEL.WEBHOOK_STALE': {
    status: 401,
    vi: 'Sự kiện Zalo đã quá hạn; sự kiện không được xử lý.',
    en: 'The Zalo event is too old; it was not processed.',
  },
  /** Thrown when a Zalo webhook event was already received (same message id or body). */
  'CHANNEL.WEBHOOK_REPLAY': {
    status: 401,
    vi: 'Sự kiện Zalo này đã được nhận trước đó; không xử lý lại.',
    en: 'This Zalo event was already received; it was not processed again.',
  },
  /** Thrown when connecting the OA before the App ID, OA ID and both secrets are stored. */
  'CHANNEL.ZALO_NOT_CONFIGURED': {
    status: 409,
    vi: 'Chưa lưu đủ thông tin ứng dụng Zalo (OA ID, App ID, App Secret, OA Secret Key). Vui lòng lưu rồi bấm "Kết nối Zalo OA".',
    en: 'The Zalo app details (OA ID, App ID, App Secret, OA Secret Key) are not all stored. Save them, then press "Connect Zalo OA".',
  },
  /** Thrown when Zalo's consent callback carries an unknown, expired (10 min) or already used `state`. */
  'CHANNEL.OAUTH_STATE': {
    status: 400,
    vi: 'Phiên kết nối Zalo OA không hợp lệ, đã được dùng hoặc đã quá 10 phút. Vui lòng bấm "Kết nối Zalo OA" để thử lại.',
    en: 'The Zalo OA connection attempt is invalid, already used or older than 10 minutes. Press "Connect Zalo OA" to try again.',
  },
  /** Thrown when the OA admin declined on Zalo's page, or Zalo refused to exchange the code for tokens. */
  'CHANNEL.OAUTH_REFUSED': {
    status: 403,
    vi: 'Zalo không cấp quyền cho ứng dụng: quản trị viên OA đã từ chối, hoặc Zalo không chấp nhận mã cấp quyền. Vui lòng kiểm tra App ID, App Secret rồi kết nối lại.',
    en: 'Zalo did not grant access: the OA admin declined, or Zalo refused the authorization code. Check the App ID and App Secret, then connect again.',
  },
  /** Thrown when the OA that consented is not the OA id stored in the province's settings. */
  'CHANNEL.OAUTH_OA_MISMATCH': {
    status: 409,
    vi: 'Official Account vừa cấp quyền không phải OA đã khai báo của tỉnh. Vui lòng chọn đúng OA trên trang của Zalo, hoặc sửa OA ID rồi kết nối lại.',
    en: 'The Official Account that granted access is not the province’s configured OA. Choose the right OA on Zalo’s page, or correct the OA ID and connect again.',
  },
  /** Thrown when Zalo's token endpoint could not be reached during the connection. */
  'CHANNEL.OAUTH_UNAVAILABLE': {
    status: 503,
    vi: 'Không liên lạc được với Zalo để hoàn tất kết nối. Vui lòng thử lại sau ít phút.',
    en: 'Zalo could not be reached to finish the connection. Try again in a few minutes.',
  },
  'AUTH.LOCKED': {
    status: 429,
    vi: 'Tài khoản tạm bị khoá do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút hoặc liên hệ quản trị viên của đơn vị.',
    en: 'The account is temporarily locked after repeated failed sign-ins. Try again in 15 minutes or contact your unit’s administrator.',
  },
  /** Thrown when a request has no valid session (none, signed out, expired or idle too long). */
  'AUTH.UNAUTHENTICATED': {
    status: 401,
    vi: 'Phiên làm việc đã hết hạn hoặc chưa đăng nhập. Vui lòng đăng nhập lại.',
    en: 'Your session has expired or you are not signed in. Sign in again.',
  },
  /** Thrown when a state-changing request lacks the session's `x-csrf-token` header. */
  'AUTH.CSRF': {
    status: 403,
    vi: 'Không xác nhận được yêu cầu từ trang làm việc. Vui lòng tải lại trang rồi thử lại.',
    en: 'The request could not be verified as coming from the console. Reload the page and try again.',
  },
  /** Thrown when the officer has no role for the action on the unit concerned. */
  'AUTH.FORBIDDEN': {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này tại đơn vị này. Vui lòng liên hệ quản trị viên để được phân quyền.',
    en: 'You have no role for this action at this unit. Ask an administrator to grant it.',
  },
  /** Thrown when a new password is shorter than 10 characters or a common or default password. */
  'IDENTITY.WEAK_PASSWORD': {
    status: 422,
    vi: 'Mật khẩu quá yếu: cần ít nhất 10 ký tự và không được là mật khẩu phổ biến hay mật khẩu mặc định. Vui lòng chọn mật khẩu khác.',
    en: 'The password is too weak: use at least 10 characters, not a common or default password. Choose another.',
  },
  /** Thrown when another officer of the province already has this username. */
  'IDENTITY.USERNAME_TAKEN': {
    status: 409,
    vi: 'Tên đăng nhập này đã có người dùng. Vui lòng chọn tên đăng nhập khác.',
    en: 'This username is already taken. Choose another.',
  },
  /** Thrown when a file is not a photo (JPEG, PNG, WebP, HEIC where supported) or a PDF, judged by its bytes. */
  'ATTACHMENT.UNSUPPORTED_TYPE': {
    status: 415,
    vi: 'Tệp không đúng định dạng được nhận. Hãy gửi ảnh chụp (JPEG, PNG, WebP) hoặc tệp PDF. Nếu dùng iPhone, vào Cài đặt › Camera › Định dạng, chọn "Tương thích nhất" rồi chụp lại.',
    en: 'This file type is not accepted. Send a photo (JPEG, PNG, WebP) or a PDF. On an iPhone, set Settings › Camera › Formats to "Most Compatible" and take the photo again.',
  },
  /** Thrown when one file is above the per-file limit (`MOTCUA_UPLOAD_MAX_BYTES`, 10 MB by default). */
  'ATTACHMENT.TOO_LARGE': {
    status: 413,
    vi: 'Tệp vượt quá dung lượng cho phép cho mỗi tệp. Hãy chụp lại ảnh ở chế độ thường, hoặc chia tệp PDF thành nhiều tệp nhỏ hơn.',
    en: 'The file is larger than allowed for one file. Take the photo again in the normal camera mode, or split the PDF into smaller files.',
  },
  /** Thrown when a file is empty, damaged, a decompression bomb, hides another file, or is a PDF with scripts, attachments or a password. */
  'ATTACHMENT.REJECTED': {
    status: 422,
    vi: 'Tệp không được nhận vì bị rỗng, bị hỏng, quá nhiều điểm ảnh, hoặc chứa nội dung không an toàn (mã lệnh, tệp nén, tệp đính kèm, mật khẩu). Hãy chụp lại giấy tờ bằng camera rồi gửi ảnh, hoặc lưu lại PDF từ bản gốc không đặt mật khẩu.',
    en: 'The file was refused: it is empty, damaged, has too many pixels, or carries unsafe content (scripts, archives, attachments, a password). Photograph the document again and send the photo, or save the PDF again from the original without a password.',
  },
  /** Thrown for an unknown upload and for another province's upload alike. */
  'ATTACHMENT.NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy tệp đính kèm này. Vui lòng tải tệp lên lại.',
    en: 'No such attachment. Upload the file again.',
  },
  /** Thrown when a dossier's files together exceed the per-dossier limit (`MOTCUA_APPLICATION_MAX_BYTES`, 50 MB by default). */
  'ATTACHMENT.APPLICATION_TOO_LARGE': {
    status: 413,
    vi: 'Tổng dung lượng các tệp của hồ sơ vượt mức cho phép. Hãy bỏ bớt ảnh trùng lặp, hoặc gửi ảnh chụp thay cho tệp PDF lớn.',
    en: 'The dossier’s files together exceed the allowed total. Remove duplicate photos, or send photos instead of large PDFs.',
  },
  /** Thrown when the dashboard's period is not real dates, ends before it starts, or is longer than a year. */
  'REPORTS.RANGE_INVALID': {
    status: 422,
    vi: 'Khoảng thời gian báo cáo không hợp lệ: ngày phải có thật, ngày bắt đầu không sau ngày kết thúc và dài không quá một năm. Vui lòng chọn lại.',
    en: 'The report period is invalid: dates must be real, the start not after the end, and the period at most a year long. Choose the dates again.',
  },
  /** Thrown for an unknown unit id, and for another province's unit alike. */
  'TENANT.UNIT_NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy đơn vị này. Vui lòng tải lại danh sách đơn vị.',
    en: 'No such unit. Reload the list of units.',
  },
  /** Thrown when a new unit's e-ID is not in the agency code format V1V2V3.Z1Z2.Y1Y2.MX1X2. */
  'TENANT.UNIT_EID_INVALID': {
    status: 422,
    vi: 'Mã định danh điện tử của đơn vị chưa đúng định dạng (ví dụ 000.20.01.H53: ba nhóm chữ số và mã cấp 1 gồm một chữ cái in hoa và hai chữ số). Vui lòng kiểm tra lại theo danh mục mã được công bố.',
    en: 'The unit e-ID is not in the agency code format (e.g. 000.20.01.H53: three groups of digits, then one capital letter and two digits). Check it against the published code list.',
  },
  /** Thrown when another unit of the province already has this e-ID. */
  'TENANT.UNIT_EID_TAKEN': {
    status: 409,
    vi: 'Mã định danh điện tử này đã được dùng cho một đơn vị khác của tỉnh. Vui lòng kiểm tra lại mã.',
    en: 'Another unit of the province already has this e-ID. Check the code.',
  },
  /** Thrown when the parent unit is unknown, the unit itself, or one of its own sub-units. */
  'TENANT.UNIT_PARENT_INVALID': {
    status: 422,
    vi: 'Đơn vị cấp trên không hợp lệ: không tồn tại, hoặc là chính đơn vị này hay một đơn vị trực thuộc nó. Vui lòng chọn đơn vị cấp trên khác.',
    en: 'The parent unit is invalid: unknown, the unit itself or one of its sub-units. Choose another parent.',
  },
  /** Thrown for a make-up working day on a day that is already a working day, or a date outside the calendar. */
  'TENANT.CALENDAR_DAY_INVALID': {
    status: 422,
    vi: 'Ngày này không thể đặt như vậy: ngày làm bù phải là ngày nghỉ hằng tuần (thứ Bảy, Chủ nhật) và ngày phải có thật. Vui lòng kiểm tra lại.',
    en: 'This day cannot be set so: a make-up working day must be a weekly day off, and the date must be real. Check it.',
  },
  /** Thrown when removing a day the calendar does not list. */
  'TENANT.CALENDAR_DAY_NOT_FOUND': {
    status: 404,
    vi: 'Ngày này không có trong lịch ngày nghỉ, ngày làm bù. Vui lòng tải lại lịch.',
    en: 'This day is not in the calendar of holidays and make-up days. Reload the calendar.',
  },
  /** Thrown for an unknown officer id, and for another province's officer alike. */
  'IDENTITY.OFFICER_NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy cán bộ này. Vui lòng tải lại danh sách cán bộ.',
    en: 'No such officer. Reload the list of officers.',
  },
  /** Thrown when a role names a unit the province does not have. */
  'IDENTITY.ROLES_INVALID': {
    status: 422,
    vi: 'Phân quyền có đơn vị không thuộc tỉnh này. Vui lòng chọn lại đơn vị cho từng vai trò.',
    en: 'A role names a unit that is not in this province. Choose the unit of each role again.',
  },
  /** Thrown when admins would remove their own admin role or deactivate their own account. */
  'IDENTITY.SELF_LOCKOUT': {
    status: 409,
    vi: 'Bạn không thể tự khoá tài khoản của mình hay tự bỏ vai trò quản trị. Vui lòng nhờ một quản trị viên khác thực hiện.',
    en: 'You cannot deactivate your own account or remove your own admin role. Ask another administrator.',
  },
  /** Thrown when a procedure definition sent for publishing is invalid (shape, keys, e-form, units). */
  'CATALOG.DEFINITION_INVALID': {
    status: 422,
    vi: 'Nội dung thủ tục chưa hợp lệ nên chưa được công bố. Vui lòng sửa các mục được nêu rồi công bố lại.',
    en: 'The procedure definition is invalid, so nothing was published. Fix the items listed and publish again.',
  },
  /** Thrown when a rating is sent before the result was handed over (status 10). */
  'FEEDBACK.NOT_ALLOWED': {
    status: 409,
    vi: 'Chỉ có thể đánh giá sau khi đã nhận kết quả giải quyết hồ sơ. Vui lòng đánh giá sau khi nhận kết quả.',
    en: 'A rating can be given only once the result was handed over. Rate the dossier after receiving the result.',
  },
  /** Thrown when the dossier already has a rating (one per dossier). */
  'FEEDBACK.ALREADY_GIVEN': {
    status: 409,
    vi: 'Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ đánh giá một lần. Cảm ơn bạn đã góp ý.',
    en: 'This dossier has already been rated; each dossier is rated once. Thank you for your feedback.',
  },
  /** Thrown when the rating is "unsatisfied" and the reason is missing or blank. */
  'FEEDBACK.REASON_REQUIRED': {
    status: 422,
    vi: 'Vui lòng cho biết lý do chưa hài lòng để cơ quan khắc phục.',
    en: 'Tell us why you are not satisfied, so the office can put it right.',
  },
  /** Thrown when the list's period ends before it starts, or a date is not a real date. */
  'FEEDBACK.RANGE_INVALID': {
    status: 422,
    vi: 'Khoảng thời gian không hợp lệ: ngày bắt đầu phải là ngày có thật và không sau ngày kết thúc. Vui lòng chọn lại.',
    en: 'The period is invalid: the start must be a real date, not after the end. Choose the dates again.',
  },
  /** Thrown when the dossier's status does not allow booking a visit (only result ready or awaiting the fee). */
  'VISIT.NOT_ALLOWED': {
    status: 409,
    vi: 'Hồ sơ hiện chưa cần hoặc không còn cần đến nộp bản chính, nộp phí hay nhận kết quả, nên chưa thể đặt lịch. Vui lòng theo dõi thông báo của hồ sơ.',
    en: 'The dossier does not need a visit now (originals, fee or result), so no visit can be booked. Follow the dossier’s notices.',
  },
  /** Thrown when the chosen slot has no place left (another citizen took the last one). */
  'VISIT.SLOT_FULL': {
    status: 409,
    vi: 'Khung giờ này vừa hết chỗ. Vui lòng chọn khung giờ khác.',
    en: 'This time slot has just filled up. Choose another slot.',
  },
  /** Thrown when the start is not one of the offered slots (outside office hours, a day off, too soon or too far ahead). */
  'VISIT.SLOT_INVALID': {
    status: 422,
    vi: 'Thời điểm đã chọn không phải là khung giờ tiếp dân được mở đặt lịch. Vui lòng tải lại và chọn trong danh sách khung giờ.',
    en: 'This time is not one of the offered slots. Reload and choose a slot from the list.',
  },
  /** Thrown when a live-chat conversation does not exist or was never handed to an officer. */
  'CHAT.THREAD_NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy cuộc trò chuyện.',
    en: 'Conversation not found.',
  },
  /** Thrown when an officer replies to a closed conversation. */
  'CHAT.THREAD_CLOSED': {
    status: 409,
    vi: 'Cuộc trò chuyện đã kết thúc; người dân cần chọn "Gặp cán bộ" lại.',
    en: 'The conversation is closed; the citizen must ask for an officer again.',
  },
  /** Thrown when a broadcast's content, target or time is not valid (each field named). */
  'BROADCAST.INVALID': {
    status: 422,
    vi: 'Thông báo chưa hợp lệ. Vui lòng sửa các mục được nêu rồi gửi lại.',
    en: 'The broadcast is not valid. Fix the items listed and send it again.',
  },
  /** Thrown when a broadcast does not exist in this province. */
  'BROADCAST.NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy thông báo.',
    en: 'Broadcast not found.',
  },
  /** Thrown when cancelling a broadcast that was already sent or cancelled. */
  'BROADCAST.NOT_CANCELLABLE': {
    status: 409,
    vi: 'Thông báo đã gửi xong hoặc đã huỷ nên không thể huỷ nữa.',
    en: 'The broadcast has already been sent or cancelled, so it cannot be cancelled.',
  },
  /** Thrown when the province has not connected its Zalo OA, so nothing can be sent. */
  'BROADCAST.OA_NOT_CONNECTED': {
    status: 409,
    vi: 'Tỉnh chưa kết nối Zalo OA nên chưa thể gửi thông báo. Vui lòng kết nối OA trong mục Kênh liên lạc.',
    en: 'The province has not connected its Zalo OA, so nothing can be sent. Connect the OA under Channels.',
  },
  ...lookupErrors,
  ...integrationErrors,
  'SERVICE.UNAVAILABLE': {
    status: 503,
    vi: 'Hệ thống đang tạm gián đoạn. Vui lòng thử lại sau ít phút.',
    en: 'The service is temporarily unavailable. Try again in a few minutes.',
  },
  INTERNAL: {
    status: 500,
    vi: 'Đã có lỗi ngoài ý muốn. Vui lòng thử lại; nếu vẫn lỗi, hãy báo mã yêu cầu cho tổng đài.',
    en: 'Something went wrong. Try again; if it persists, quote the request id to the help desk.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalog;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorCatalog, code);
}
