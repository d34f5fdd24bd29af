package vn.doanket.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Configuring the national catalog: indicators and report forms (administrators of the national catalog). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cấu hình chỉ tiêu và biểu mẫu")
class ReportingSettingsApiController {

	private final IndicatorSettings indicators;

	private final FormSettings forms;

	ReportingSettingsApiController(IndicatorSettings indicators, FormSettings forms) {
		this.indicators = indicators;
		this.forms = forms;
	}

	@PostMapping("/indicators")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm chỉ tiêu (mã, tên, kiểu giá trị, cách tổng hợp, nội dung Cuộc vận động, tách theo tổ chức thành viên)")
	Indicator createIndicator(@RequestBody IndicatorInput input) {
		return indicators.create(input);
	}

	@PutMapping("/indicators/{code}")
	@Operation(summary = "Sửa chỉ tiêu; khi đã có số liệu thì không đổi được kiểu giá trị, cách tổng hợp, tách theo tổ chức")
	Indicator updateIndicator(@PathVariable String code, @RequestBody IndicatorInput input) {
		return indicators.update(code, input);
	}

	@DeleteMapping("/indicators/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Xóa chỉ tiêu chưa có trong biểu mẫu nào và chưa có số liệu")
	void deleteIndicator(@PathVariable String code) {
		indicators.delete(code);
	}

	@GetMapping("/report-forms/{code}")
	@Operation(summary = "Định nghĩa một biểu mẫu: kỳ, cấp, hạn nộp, các phần với mã chỉ tiêu, quy tắc kiểm tra")
	FormDefinition form(@PathVariable String code) {
		return forms.definition(code);
	}

	@PostMapping("/report-forms")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm biểu mẫu với toàn bộ định nghĩa; kiểm tra cả định nghĩa, lỗi thì không lưu gì")
	FormDefinition createForm(@RequestBody FormDefinition definition) {
		return FormDefinition.of(forms.create(definition));
	}

	@PutMapping("/report-forms/{code}")
	@Operation(summary = "Thay toàn bộ định nghĩa biểu mẫu (mã giữ nguyên); đã có báo cáo thì không đổi được loại kỳ")
	FormDefinition updateForm(@PathVariable String code, @RequestBody FormDefinition definition) {
		return FormDefinition.of(forms.update(code, definition));
	}

	@DeleteMapping("/report-forms/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Xóa biểu mẫu chưa có báo cáo nào")
	void deleteForm(@PathVariable String code) {
		forms.delete(code);
	}

}
