package vn.doanket.documents;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** The page (A4, margins, page numbers) and the document defaults (Times New Roman 14, Vietnamese). */
final class DocxPage {

	private DocxPage() {
	}

	static void setUp(XWPFDocument document) {
		CTBody body = document.getDocument().getBody();
		CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(PageLayout.WIDTH_TWIPS));
		size.setH(BigInteger.valueOf(PageLayout.HEIGHT_TWIPS));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(PageLayout.TOP_TWIPS));
		margins.setBottom(BigInteger.valueOf(PageLayout.BOTTOM_TWIPS));
		margins.setLeft(BigInteger.valueOf(PageLayout.LEFT_TWIPS));
		margins.setRight(BigInteger.valueOf(PageLayout.RIGHT_TWIPS));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		margins.setGutter(BigInteger.ZERO);

		CTStyles styles = CTStyles.Factory.newInstance();
		CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
		CTFonts fonts = defaults.addNewRFonts();
		fonts.setAscii(Docx.FONT);
		fonts.setHAnsi(Docx.FONT);
		fonts.setCs(Docx.FONT);
		fonts.setEastAsia(Docx.FONT);
		defaults.addNewSz().setVal(BigInteger.valueOf(28));
		defaults.addNewSzCs().setVal(BigInteger.valueOf(28));
		defaults.addNewLang().setVal("vi-VN");
		document.createStyles().setStyles(styles);
		pageNumbers(document);
	}

	/** Page numbers centred in the top margin from the second page on, as a PAGE field; none on the first page. */
	private static void pageNumbers(XWPFDocument document) {
		document.createHeader(HeaderFooterType.FIRST).createParagraph();
		XWPFParagraph number = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
		Docx.layout(number, ParagraphAlignment.CENTER, 0, 0);
		Docx.styled(number, 13).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		Docx.styled(number, 13).getCTR().addNewInstrText().setStringValue(" PAGE ");
		Docx.styled(number, 13).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		Docx.run(number, "2", 13);
		Docx.styled(number, 13).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

}
