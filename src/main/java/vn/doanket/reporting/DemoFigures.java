package vn.doanket.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Plausible yearly campaign figures for one commune, consistent with the form's rules (households escaping poverty
 * at most the poor households, cultural families at most all households, …). Percentages are in hundredths.
 */
final class DemoFigures {

	private DemoFigures() {
	}

	static Map<String, Long> of(Random r, String communeType) {
		boolean urban = communeType != null && communeType.startsWith("phường");
		Map<String, Long> v = new LinkedHashMap<>();
		long households = 600 + r.nextInt(2600);
		long poor = households * (urban ? 1 + r.nextInt(4) : 5 + r.nextInt(25)) / 100;
		long nearPoor = households * (2 + r.nextInt(8)) / 100;
		v.put("HO_GIA_DINH", households);
		v.put("HO_NGHEO_DAU_NAM", poor);
		v.put("HO_CAN_NGHEO_DAU_NAM", nearPoor);
		v.put("HO_THOAT_NGHEO", poor * (8 + r.nextInt(18)) / 100);
		v.put("HO_DUOC_HO_TRO", poor * (20 + r.nextInt(40)) / 100);
		long built = r.nextInt(urban ? 2 : 7);
		long repaired = r.nextInt(4);
		v.put("NHA_DDK_XAY_MOI", built);
		v.put("NHA_DDK_SUA_CHUA", repaired);
		v.put("NHA_DDK_GIA_TRI", built * (50 + r.nextInt(21)) * 1_000_000L + repaired * (20 + r.nextInt(11)) * 1_000_000L);
		long raised = (20 + r.nextInt(130)) * 1_000_000L + r.nextInt(1000) * 1000L;
		v.put("QUY_VNN_VAN_DONG", raised);
		v.put("QUY_VNN_CHI", raised * (60 + r.nextInt(41)) / 100);
		long cultural = households * (78 + r.nextInt(16)) / 100;
		v.put("HO_GD_VAN_HOA", cultural);
		v.put("TY_LE_GD_VAN_HOA", cultural * 10_000 / households);
		long areas = 4 + r.nextInt(10);
		v.put("KDC_TONG", areas);
		v.put("KDC_VAN_HOA", areas * (60 + r.nextInt(36)) / 100);
		v.put("KDC_NGAY_HOI", r.nextInt(5) == 0 ? areas - 1 : areas);
		v.put("MO_HINH_MOI", (long) r.nextInt(8));
		v.put("MO_HINH_DUY_TRI", (long) 3 + r.nextInt(10));
		v.put("TO_TU_QUAN_ANTT", 1L + r.nextInt((int) areas));
		v.put("TAP_HUAN_HOI_NGHI", (long) 1 + r.nextInt(4));
		v.put("TAP_HUAN_NGUOI", (long) 40 + r.nextInt(160));
		v.put("TUYEN_TRUYEN_BUOI", (long) 10 + r.nextInt(50));
		v.put("TUYEN_TRUYEN_NGUOI", (long) 500 + r.nextInt(3000));
		v.put("GIAM_SAT_CUOC", (long) 1 + r.nextInt(6));
		boolean survey = r.nextInt(10) < 6;
		v.put("KHAO_SAT_DA_TO_CHUC", survey ? 1L : 0L);
		if (survey) {
			v.put("KHAO_SAT_PHIEU", households * (60 + r.nextInt(30)) / 100);
			v.put("KHAO_SAT_TY_LE_HAI_LONG", 8500L + r.nextInt(1450));
		}
		return v;
	}

}
