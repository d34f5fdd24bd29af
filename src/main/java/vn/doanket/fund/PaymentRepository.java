package vn.doanket.fund;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payment proposals and their decisions. */
@Repository
class PaymentRepository {

	private final JdbcClient jdbc;

	PaymentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long fundId, PaymentInput in, String proposedBy) {
		return jdbc.sql("""
				insert into fund_payment (fund_id, payment_date, amount, purpose, channel, beneficiary_name, poverty_status,
				    area_name, description, proposed_by)
				values (:f, :d, :a, :p, :c, :b, :s, :area, :desc, :u) returning id""")
			.param("f", fundId)
			.param("d", in.date())
			.param("a", in.amount())
			.param("p", Enums.parse(PaymentPurpose.class, in.purpose()).name())
			.param("c", Channel.parse(in.channel()).name())
			.param("b", in.beneficiaryName().trim())
			.param("s", Enums.parse(PovertyStatus.class, in.povertyStatus()).name())
			.param("area", in.areaName().trim())
			.param("desc", in.description() == null ? "" : in.description().trim())
			.param("u", proposedBy)
			.query(Long.class)
			.single();
	}

	Optional<Payment> find(long id) {
		return jdbc.sql("select * from fund_payment where id = :id").param("id", id).query(PaymentRepository::payment).optional();
	}

	Optional<Payment> lock(long id) {
		return jdbc.sql("select * from fund_payment where id = :id for update").param("id", id).query(PaymentRepository::payment).optional();
	}

	List<Payment> list(long fundId, String status) {
		return jdbc.sql("select * from fund_payment where fund_id = :f and (:s = '' or status = :s) order by id desc limit 500")
			.param("f", fundId)
			.param("s", status == null ? "" : status)
			.query(PaymentRepository::payment)
			.list();
	}

	void decide(long id, PaymentStatus status, String username, Long entryId) {
		jdbc.sql("update fund_payment set status = :s, decided_by = :u, decided_at = now(), entry_id = :e where id = :id")
			.param("s", status.name())
			.param("u", username)
			.param("e", entryId)
			.param("id", id)
			.update();
	}

	private static Payment payment(ResultSet rs, int n) throws SQLException {
		return new Payment(rs.getLong("id"), rs.getLong("fund_id"), rs.getObject("payment_date", LocalDate.class),
				rs.getLong("amount"), PaymentPurpose.valueOf(rs.getString("purpose")), Channel.valueOf(rs.getString("channel")),
				rs.getString("beneficiary_name"), PovertyStatus.valueOf(rs.getString("poverty_status")),
				rs.getString("area_name"), rs.getString("description"), PaymentStatus.valueOf(rs.getString("status")),
				rs.getString("proposed_by"), rs.getString("decided_by"), (Long) rs.getObject("entry_id"));
	}

}
