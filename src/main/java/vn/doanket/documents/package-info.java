/**
 * Official documents laid out as Nghị định 30/2020/NĐ-CP prescribes, rendered to Word ({@link
 * vn.doanket.documents.DocxRenderer}) and to PDF ({@link vn.doanket.documents.PdfRenderer}). Rendering only: the
 * module knows no campaign module; callers build an {@link vn.doanket.documents.OfficialDocument} from their own data.
 */
package vn.doanket.documents;
