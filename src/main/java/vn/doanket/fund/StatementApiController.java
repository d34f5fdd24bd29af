package vn.doanket.fund;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.doanket.shared.Messages;
import vn.doanket.shared.PageResult;
import vn.doanket.shared.Paging;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Quỹ Vì người nghèo: sao kê ngân hàng")
class StatementApiController {

	private final StatementImporting importing;

	private final UnmatchedQueue queue;

	private final Messages messages;

	private final QueueResolution resolution;

	private final SavedMappings mappings;

	StatementApiController(StatementImporting importing, UnmatchedQueue queue, Messages messages, QueueResolution resolution,
			SavedMappings mappings) {
		this.resolution = resolution;
		this.mappings = mappings;
		this.importing = importing;
		this.queue = queue;
		this.messages = messages;
	}

	/** The summary of an import: rows read, imported, duplicates, and each rejected row with its reason. */
	record ImportView(long id, int read, int imported, int duplicates, List<RejectedView> rejected) {
	}

	record RejectedView(int line, String reason, String rawText) {
	}

	@PostMapping(path = "/funds/{id}/statements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Nhập sao kê CSV/XLSX theo mẫu cột (preset vcb-2024, agribank-2024, saved:<id> của quỹ, hoặc mapping JSON): "
			+ "một giao dịch, nhập lại không trùng, dòng lỗi được ghi lại")
	ImportView upload(@PathVariable long id, @Parameter(description = "tệp .csv hoặc .xlsx") @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String preset, @RequestParam(required = false) String mapping,
			@RequestParam(required = false) Long account) throws IOException {
		SavedMappings.Choice chosen = mappings.choose(id, preset, mapping);
		return view(importing.importFile(id, account, file.getOriginalFilename(), file.getBytes(), chosen.preset(),
				chosen.mappingJson()));
	}

	@GetMapping("/statement-imports/{id}")
	@Operation(summary = "Kết quả một lần nhập sao kê, với các dòng bị từ chối")
	ImportView get(@PathVariable long id) {
		return view(importing.get(id));
	}

	@GetMapping("/funds/{id}/unmatched")
	@Operation(summary = "Dòng sao kê chờ xử lý: tiền vào chưa khớp, tiền ra không có khoản chi đã duyệt (cảnh báo)")
	PageResult<UnmatchedQueue.WaitingLine> unmatched(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return queue.list(id, Paging.page(page), Paging.size(size));
	}

	@PostMapping(path = "/statement-lines/{id}/receipt", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ghi một dòng tiền vào chưa khớp thành phiếu thu của người ủng hộ đã nhận ra")
	LedgerEntry book(@PathVariable long id, @RequestBody ReceiptInput donor) {
		return resolution.bookReceipt(id, donor);
	}

	private ImportView view(StatementImport done) {
		return new ImportView(done.id(), done.read(), done.imported(), done.duplicates(),
				done.rejected().stream().map(r -> new RejectedView(r.line(), messages.get(r.reason()), r.rawText())).toList());
	}

}
