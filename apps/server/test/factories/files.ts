/** Photo and multipart builders for tests outside the attachments module. */
export { documentJpeg, withGpsExif } from '../../src/modules/attachments/test/images.ts';
export { fileUpload } from '../../src/modules/attachments/test/multipart.ts';
