package vn.doanket.fund;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.doanket.shared.PageResult;
import vn.doanket.shared.Paging;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Quỹ Vì người nghèo: sổ quỹ")
class FundApiController {

	private final Funds funds;

	private final Bookkeeping bookkeeping;

	private final Payments payments;

	private final DonationReferences references;

	private final BankAccounts bankAccounts;

	FundApiController(Funds funds, Bookkeeping bookkeeping, Payments payments, DonationReferences references,
			BankAccounts bankAccounts) {
		this.bankAccounts = bankAccounts;
		this.funds = funds;
		this.bookkeeping = bookkeeping;
		this.payments = payments;
		this.references = references;
	}

	/** A fund as listed for its keepers. */
	record FundView(long id, String name, String kind, long unitId, String unitCode, String unitName, long balance,
			LocalDate closedThrough) {

		static FundView of(Fund f) {
			return new FundView(f.id(), f.name(), f.kind(), f.unitId(), f.unitCode(), f.unitName(), f.balance(), f.closedThrough());
		}

	}

	@GetMapping("/funds")
	@Operation(summary = "Các quỹ người dùng được xem (trong phạm vi, với vai trò xem sổ quỹ)")
	PageResult<FundView> list() {
		List<FundView> items = funds.visible().stream().map(FundView::of).toList();
		return new PageResult<>(items, items.size(), 0, items.size());
	}

	@PostMapping(path = "/funds", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Mở một quỹ vận động (ví dụ ủng hộ đồng bào bị thiên tai) cho Ủy ban MTTQ của một đơn vị")
	FundView open(@RequestBody FundInput input) {
		return FundView.of(funds.openAppeal(input));
	}

	@GetMapping("/funds/{id}")
	@Operation(summary = "Một quỹ, với số dư")
	FundView get(@PathVariable long id) {
		return FundView.of(funds.get(id));
	}

	@GetMapping("/funds/{id}/accounts")
	@Operation(summary = "Tài khoản ngân hàng của quỹ (cả tài khoản đã ngừng sử dụng, active = false)")
	List<BankAccount> accounts(@PathVariable long id) {
		return funds.allAccounts(id);
	}

	@PostMapping(path = "/funds/{id}/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Thêm tài khoản ngân hàng (ngân hàng, mã BIN, số tài khoản, tên chủ tài khoản, mẫu sao kê)")
	BankAccount addAccount(@PathVariable long id, @RequestBody BankAccountInput input) {
		return bankAccounts.add(id, input);
	}

	@GetMapping("/funds/{id}/entries")
	@Operation(summary = "Sổ quỹ: bút toán (tìm không dấu, phân trang, sắp xếp: date, -date, amount, -amount)")
	PageResult<LedgerEntry> entries(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return funds.entries(id, q, sort, Paging.page(page), Paging.size(size));
	}

	@GetMapping("/fund-entries/{id}")
	@Operation(summary = "Một bút toán")
	LedgerEntry entry(@PathVariable long id) {
		return funds.entry(id);
	}

	@PostMapping(path = "/funds/{id}/receipts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ghi phiếu thu (tiền mặt, chuyển khoản, hiện vật có định giá)")
	LedgerEntry receipt(@PathVariable long id, @RequestBody ReceiptInput input) {
		return bookkeeping.recordReceipt(id, input);
	}

	@PostMapping(path = "/funds/{id}/transfers", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Chuyển tiền sang quỹ cấp khác (ghi cả hai bên trong một bút toán)")
	LedgerEntry transfer(@PathVariable long id, @RequestBody TransferInput input) {
		return bookkeeping.transfer(id, input);
	}

	/** Why and when an entry is reversed. */
	record ReversalInput(LocalDate date, String reason) {
	}

	@PostMapping(path = "/fund-entries/{id}/reverse", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ghi bút toán đảo để sửa sai (bút toán đã ghi không bao giờ bị sửa hay xóa)")
	LedgerEntry reverse(@PathVariable long id, @RequestBody ReversalInput input) {
		return bookkeeping.reverse(id, input.date(), input.reason());
	}

	/** The date through which the books are closed. */
	record ClosingInput(LocalDate closedThrough) {
	}

	@PostMapping(path = "/funds/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Khóa sổ đến một ngày: không ghi được bút toán nào có ngày từ đó trở về trước")
	FundView close(@PathVariable long id, @RequestBody ClosingInput input) {
		return FundView.of(funds.closePeriod(id, input.closedThrough()));
	}

	@GetMapping("/funds/{id}/payments")
	@Operation(summary = "Đề nghị chi của quỹ (lọc theo trạng thái PROPOSED, APPROVED, REJECTED)")
	List<Payment> payments(@PathVariable long id, @RequestParam(required = false) String status) {
		return payments.list(id, status);
	}

	@PostMapping(path = "/funds/{id}/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Đề nghị chi (bước 1: kế toán quỹ)")
	Payment propose(@PathVariable long id, @RequestBody PaymentInput input) {
		return payments.propose(id, input);
	}

	@PostMapping("/fund-payments/{id}/approve")
	@Operation(summary = "Duyệt chi (bước 2: người duyệt khác người đề nghị); khoản chi được ghi sổ")
	Payment approve(@PathVariable long id) {
		return payments.approve(id);
	}

	@PostMapping("/fund-payments/{id}/reject")
	@Operation(summary = "Không duyệt đề nghị chi")
	Payment reject(@PathVariable long id) {
		return payments.reject(id);
	}

	@GetMapping("/funds/{id}/vietqr")
	@Operation(summary = "Mã VietQR của tài khoản quỹ, với số tiền và nội dung tham chiếu (tối đa 25 ký tự)")
	DonationReferences.QrCode vietQr(@PathVariable long id, @RequestParam(required = false) Long amount,
			@RequestParam(required = false) String ref) {
		return references.forKeepers(id, amount, ref);
	}

}
