package vn.doanket.plans.importing;

import java.util.List;

/**
 * The signature block: {@code authority} the "TM. BAN THƯỜNG TRỰC" / "KT. CHỦ TỊCH" lines, {@code position} the
 * signer's title ("PHÓ CHỦ TỊCH"), {@code name} the signer; {@code otherLines} anything else in the block ("(Đã ký)").
 */
public record Signature(List<String> authority, String position, String name, List<String> otherLines) {
}
