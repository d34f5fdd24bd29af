package vn.doanket.fund;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.doanket.shared.PageResult;
import vn.doanket.shared.Paging;
import vn.doanket.shared.TypedValues;

/** The set-up of funds over JSON: names, bank accounts, closings, saved statement mappings and settling the queue. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Quỹ Vì người nghèo: thiết lập quỹ, mẫu sao kê, xử lý dòng sao kê")
class FundSetupApiController {

	private final Funds funds;

	private final BankAccounts accounts;

	private final SavedMappings mappings;

	private final QueueResolution queue;

	FundSetupApiController(Funds funds, BankAccounts accounts, SavedMappings mappings, QueueResolution queue) {
		this.funds = funds;
		this.accounts = accounts;
		this.mappings = mappings;
		this.queue = queue;
	}

	/** A fund's name and what it is for. */
	record NameInput(String name, String description) {
	}

	/** Whether an account is in use. */
	record ActiveInput(Boolean active) {
	}

	/** A mapping as listed: a preset (no id, read-only) or one of the fund's own, with its declared columns. */
	record MappingView(Long id, String name, boolean preset, MappingInput mapping) {

		static MappingView of(SavedMapping m) {
			return new MappingView(m.id(), m.name(), m.preset(), m.input());
		}

	}

	/** How a person settles a statement line: a note, an approved payment, or a reference the fund issued. */
	record SettleInput(String note, Long payment, String ref) {
	}

	@PutMapping(path = "/funds/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Đổi tên và mục đích của quỹ")
	FundApiController.FundView rename(@PathVariable long id, @RequestBody NameInput input) {
		return FundApiController.FundView.of(funds.rename(id, input.name(), input.description()));
	}

	@GetMapping("/funds/{id}/closings")
	@Operation(summary = "Các lần khóa sổ của quỹ, mới nhất trước")
	List<FundRepository.Closing> closings(@PathVariable long id) {
		return funds.closings(id);
	}

	@GetMapping("/vietqr-banks")
	@Operation(summary = "Danh sách ngân hàng VietQR (mã BIN) được nhận cho tài khoản quỹ")
	List<VietQrBanks.Bank> banks() {
		return VietQrBanks.all();
	}

	@PutMapping(path = "/fund-accounts/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sửa tài khoản ngân hàng (ngân hàng và số tài khoản chỉ khi chưa nhập sao kê nào)")
	BankAccount updateAccount(@PathVariable long id, @RequestBody BankAccountInput input) {
		return accounts.update(id, input);
	}

	@PostMapping(path = "/fund-accounts/{id}/active", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ngừng sử dụng (active = false) hoặc dùng lại tài khoản; sao kê đã nhập được giữ")
	BankAccount setActive(@PathVariable long id, @RequestBody ActiveInput input) {
		return accounts.setActive(id, input.active());
	}

	@GetMapping("/funds/{id}/mappings")
	@Operation(summary = "Mẫu sao kê: các mẫu có sẵn và mẫu riêng của quỹ")
	List<MappingView> mappings(@PathVariable long id) {
		return mappings.list(id).stream().map(MappingView::of).toList();
	}

	@PostMapping(path = "/funds/{id}/mappings", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Lưu một mẫu sao kê riêng của quỹ (cùng quy tắc với khai báo cột khi nhập)")
	MappingView createMapping(@PathVariable long id, @RequestBody MappingInput input) {
		return MappingView.of(mappings.save(id, null, input));
	}

	@PutMapping(path = "/statement-mappings/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sửa một mẫu sao kê riêng của quỹ")
	MappingView updateMapping(@PathVariable long id, @RequestBody MappingInput input) {
		return MappingView.of(mappings.save(mappings.get(id).fundId(), id, input));
	}

	@DeleteMapping("/statement-mappings/{id}")
	@Operation(summary = "Xóa một mẫu sao kê riêng của quỹ (các lần nhập đã làm không bị ảnh hưởng)")
	ResponseEntity<Void> deleteMapping(@PathVariable long id) {
		mappings.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/funds/{id}/statement-lines")
	@Operation(summary = "Dòng sao kê của quỹ, lọc theo show (WAITING, UNMATCHED, ALERT, SETTLED, ALL), q, from, to; phân trang")
	PageResult<QueueLine> lines(@PathVariable long id, @RequestParam(required = false) String show,
			@RequestParam(required = false) String q, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return queue.list(id, QueueShow.parse(show).filter(q, TypedValues.date(from, "from"), TypedValues.date(to, "to")),
				Paging.page(page), Paging.size(size));
	}

	@PostMapping(path = "/statement-lines/{id}/explain", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Giải trình một cảnh báo tiền ra (note); không ghi sổ")
	void explain(@PathVariable long id, @RequestBody SettleInput input) {
		queue.explain(id, input.note());
	}

	@PostMapping(path = "/statement-lines/{id}/payment", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Khớp một cảnh báo tiền ra với khoản chi chuyển khoản đã duyệt, cùng số tiền (payment)")
	Payment matchPayment(@PathVariable long id, @RequestBody SettleInput input) {
		return queue.matchPayment(id, input.payment());
	}

	@PostMapping(path = "/statement-lines/{id}/reference", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ghi một dòng tiền vào chưa khớp thành phiếu thu theo mã tham chiếu quỹ đã cấp (ref)")
	LedgerEntry matchReference(@PathVariable long id, @RequestBody SettleInput input) {
		return queue.matchReference(id, input.ref());
	}

}
