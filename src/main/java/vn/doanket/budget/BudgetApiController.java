package vn.doanket.budget;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.doanket.units.Units;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Kinh phí theo Thông tư 121/2017/TT-BTC")
class BudgetApiController {

	private final Units units;

	private final NormCalculation norms;

	BudgetApiController(Units units, NormCalculation norms) {
		this.units = units;
		this.norms = norms;
	}

	@GetMapping("/units/{communeCode}/budget-norms")
	@Operation(summary = "Mức kinh phí tối thiểu theo định mức của tỉnh: Ủy ban MTTQ xã và từng Ban công tác Mặt trận khu dân cư")
	NormCalculation.CommuneAmounts communeNorms(@PathVariable String communeCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		return norms.forCommune(units.require(communeCode, at));
	}

}
