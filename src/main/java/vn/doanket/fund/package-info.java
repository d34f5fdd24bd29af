/**
 * The For-the-Poor fund ("Quỹ Vì người nghèo") and the money it receives, kept transparent.
 * <p>
 * This first part is the pure-Java core, free of the database and the web: amounts read out in Vietnamese words for
 * receipts ({@link vn.doanket.fund.AmountInWords}); VietQR payloads and their PNG image so that donors pay by bank
 * transfer with a reference the system can recognise ({@link vn.doanket.fund.VietQrPayload},
 * {@link vn.doanket.fund.VietQrImage}); and bank statements read through a declared column mapping
 * ({@link vn.doanket.fund.StatementReader}, {@link vn.doanket.fund.StatementMapping}) into lines that carry a stable
 * fingerprint, so that importing the same statement twice can be made harmless. Inside the module, payment references
 * with a check character are generated and found again in mangled bank descriptions, and the donor's name is guessed
 * from a description when it is clear enough.
 * <p>
 * Money is always a {@code long} of whole đồng (VND has no minor unit).
 */
package vn.doanket.fund;
