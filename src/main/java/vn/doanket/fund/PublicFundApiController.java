package vn.doanket.fund;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/v1/public")
@Tag(name = "Công khai quỹ (không cần đăng nhập)")
class PublicFundApiController {

	private final PublicFunds funds;

	private final DonationReferences references;

	private final java.time.Clock clock;

	PublicFundApiController(PublicFunds funds, DonationReferences references, java.time.Clock clock) {
		this.funds = funds;
		this.references = references;
		this.clock = clock;
	}

	@GetMapping("/funds")
	@Operation(summary = "Các quỹ với số dư")
	PageResult<PublicFunds.PublicFund> list() {
		List<PublicFunds.PublicFund> items = funds.list();
		return new PageResult<>(items, items.size(), 0, items.size());
	}

	@GetMapping("/funds/{id}")
	@Operation(summary = "Một quỹ")
	PublicFunds.PublicFund get(@PathVariable long id) {
		return funds.get(id);
	}

	@GetMapping("/funds/{id}/transactions")
	@Operation(summary = "Thu chi công khai: tìm không dấu (tên, số tiền, ngày, mã tham chiếu), phân trang, sắp xếp "
			+ "(date, -date, amount, -amount); tên người nhận được che, không có số điện thoại, CCCD, số tài khoản",
			description = "Mỗi từ tìm phải là một từ trong tên, mã tham chiếu, số chứng từ hoặc nội dung công khai (từ cuối "
					+ "có thể chưa gõ hết); số tiền (1.500.000) và ngày (17/10/2024) so khớp chính xác. total đếm tối đa "
					+ "10.000 giao dịch: dưới mức này là số chính xác, bằng 10.000 nghĩa là có từ 10.000 giao dịch trở lên.")
	PageResult<PublicTransaction> transactions(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return funds.transactions(id, q, sort, Paging.page(page), Paging.size(size));
	}

	@GetMapping("/funds/{id}/summary")
	@Operation(summary = "Tồn đầu kỳ, thu, chi, tồn cuối kỳ và thu chi theo ngày hoặc tháng (unit=day|month)")
	PublicFunds.Summary summary(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit) {
		LocalDate end = to == null ? LocalDate.now(clock) : to;
		LocalDate start = from == null ? end.withDayOfYear(1) : from;
		return funds.summary(id, unit, start, end);
	}

	/** A donor's wish for a personal reference. */
	record DonorRequest(String donorName, Boolean anonymous, Long amount) {
	}

	@PostMapping(path = "/funds/{id}/references", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Người ủng hộ xin mã tham chiếu riêng (VietQR) để khoản chuyển khoản được ghi đúng tên")
	DonationReferences.QrCode reference(@PathVariable long id, @RequestBody DonorRequest request) {
		return references.forDonor(id, request.donorName(), Boolean.TRUE.equals(request.anonymous()), request.amount());
	}

}
