package vn.doanket.reviews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.front.EmulationCluster;
import vn.doanket.front.EmulationClusters;
import vn.doanket.shared.Checks;
import vn.doanket.shared.Problem;

/**
 * Emulation within a cluster: scoring criteria per year (MANAGE_INDICATORS on the cluster's owner unit), typed or
 * derived from an indicator of the reporting module, scores per member unit (APPROVE_DATA on the owner unit; out-of-range
 * points refused; derived points recomputed from the indicator whenever scores are saved) and the ranking.
 */
@Service
@Transactional
public class Emulation {

	/**
	 * A scoring criterion of a cluster's year; with an {@code indicatorCode} its points are derived from the members'
	 * reported values of that indicator instead of being typed.
	 */
	public record Criterion(Long id, String code, String text, Integer maxPoints, String indicatorCode) {

		public boolean derived() {
			return indicatorCode != null;
		}

	}

	/** A member unit's total and rank (equal totals share a rank). */
	public record Ranked(int rank, long unitId, String code, String name, int total, Map<String, Integer> points) {
	}

	private final JdbcClient jdbc;

	private final EmulationClusters clusters;

	private final AccessPolicy access;

	private final AuditLog audit;

	private final DerivedPoints derived;

	Emulation(JdbcClient jdbc, EmulationClusters clusters, AccessPolicy access, AuditLog audit, DerivedPoints derived) {
		this.derived = derived;
		this.jdbc = jdbc;
		this.clusters = clusters;
		this.access = access;
		this.audit = audit;
	}

	public List<Criterion> defineCriteria(long clusterId, int year, List<Criterion> criteria) {
		EmulationCluster cluster = clusters.get(clusterId);
		requireOwner(cluster, Capability.MANAGE_INDICATORS);
		Checks checks = new Checks();
		List<Criterion> given = criteria == null ? List.of() : criteria;
		checks.require(!given.isEmpty(), "criteria", "error.required");
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			Criterion c = given.get(i);
			if (c == null || c.code() == null || c.code().isBlank() || c.code().strip().length() > 16 || !codes.add(c.code().strip())) {
				checks.add(Problem.cell(i + 1, "code", "error.evaluation.code"));
				continue;
			}
			if (c.text() == null || c.text().isBlank()) {
				checks.add(Problem.cell(i + 1, "text", "error.required"));
			}
			if (c.maxPoints() == null || c.maxPoints() < 1 || c.maxPoints() > 1000) {
				checks.add(Problem.cell(i + 1, "maxPoints", "error.evaluation.maxPoints"));
			}
			if (indicator(c) != null && derived.indicator(indicator(c)).isEmpty()) {
				checks.add(Problem.cell(i + 1, "indicatorCode", "error.emulation.indicator", indicator(c)));
			}
		}
		checks.require(!jdbc.sql("select exists (select 1 from emulation_score s join emulation_criterion c on c.id = s.criterion_id "
				+ "where c.cluster_id = :c and c.year = :y)").param("c", clusterId).param("y", year).query(Boolean.class).single(), "year",
				"error.evaluation.inUse", year);
		checks.throwIfAny();
		jdbc.sql("delete from emulation_criterion where cluster_id = :c and year = :y").param("c", clusterId).param("y", year).update();
		int position = 0;
		for (Criterion c : given) {
			jdbc.sql("""
					insert into emulation_criterion (cluster_id, year, code, text, max_points, position, indicator_code)
					values (:c, :y, :code, :t, :m, :p, :i)""")
				.param("c", clusterId).param("y", year).param("code", c.code().strip()).param("t", c.text().strip())
				.param("m", c.maxPoints()).param("p", position++).param("i", indicator(c)).update();
		}
		List<Criterion> saved = criteria(clusterId, year);
		audit.record("emulation_criteria", clusterId, "define " + year, null, saved);
		return saved;
	}

	@Transactional(readOnly = true)
	public List<Criterion> criteriaOf(long clusterId, int year) {
		requireReader(clusters.get(clusterId));
		return criteria(clusterId, year);
	}

	/** A member unit's points per criterion code, each between 0 and the criterion's maximum. */
	public List<Ranked> score(long clusterId, int year, long unitId, Map<String, Integer> points) {
		EmulationCluster cluster = clusters.get(clusterId);
		requireOwner(cluster, Capability.APPROVE_DATA);
		List<Criterion> criteria = criteria(clusterId, year);
		Checks checks = new Checks();
		checks.require(!criteria.isEmpty(), "year", "error.evaluation.noCriteria");
		checks.require(cluster.members().stream().anyMatch(m -> m.unitId() == unitId), "unitId", "error.emulation.notMember");
		Map<String, Integer> given = points == null ? Map.of() : points;
		for (Criterion c : criteria) {
			Integer p = given.get(c.code());
			if (c.derived()) {
				checks.require(p == null, "points." + c.code(), "error.emulation.derivedCriterion", c.code(), c.indicatorCode());
				continue;
			}
			if (p == null) {
				checks.add(Problem.field("points." + c.code(), "error.required"));
			}
			else if (p < 0 || p > c.maxPoints()) {
				checks.add(Problem.field("points." + c.code(), "error.evaluation.range", c.code(), c.maxPoints()));
			}
		}
		given.keySet().stream().filter(code -> criteria.stream().noneMatch(c -> c.code().equals(code)))
			.forEach(code -> checks.add(Problem.field("points." + code, "error.evaluation.unknownCriterion", code)));
		checks.throwIfAny();
		String user = access.requireUser().username();
		save(criteria, unitId, given, user);
		saveDerived(cluster, year, criteria, user);
		audit.record("emulation_score", clusterId, "score " + year + " unit " + unitId, null, given);
		return rank(cluster, year);
	}

	/**
	 * The points of several members at once (unit id → points per criterion code), all or nothing: every problem is
	 * reported with the member's row number and name; a member without any points is left as it is.
	 */
	public List<Ranked> scoreAll(long clusterId, int year, Map<Long, Map<String, Integer>> pointsByUnit) {
		EmulationCluster cluster = clusters.get(clusterId);
		requireOwner(cluster, Capability.APPROVE_DATA);
		List<Criterion> criteria = criteria(clusterId, year);
		Map<Long, Map<String, Integer>> given = pointsByUnit == null ? Map.of() : pointsByUnit;
		Checks checks = new Checks();
		checks.require(!criteria.isEmpty(), "year", "error.evaluation.noCriteria");
		checks.require(criteria.stream().allMatch(Criterion::derived) || given.values().stream().anyMatch(p -> p != null && !p.isEmpty()),
				"points", "error.required");
		given.keySet().stream().filter(u -> cluster.members().stream().noneMatch(m -> m.unitId() == u))
			.forEach(u -> checks.add(Problem.field("unitId", "error.emulation.notMemberId", u)));
		List<EmulationCluster.Member> members = cluster.members();
		for (int i = 0; i < members.size(); i++) {
			EmulationCluster.Member m = members.get(i);
			int row = i + 1;
			Map<String, Integer> points = given.get(m.unitId());
			if (points == null || points.isEmpty()) {
				continue;
			}
			for (Criterion c : criteria) {
				Integer p = points.get(c.code());
				if (c.derived()) {
					if (p != null) {
						checks.add(Problem.cell(row, "points." + c.code(), "error.emulation.derivedCriterion", c.code(), c.indicatorCode()));
					}
				}
				else if (p == null) {
					checks.add(Problem.cell(row, "points." + c.code(), "error.emulation.rowRequired", m.name(), c.code()));
				}
				else if (p < 0 || p > c.maxPoints()) {
					checks.add(Problem.cell(row, "points." + c.code(), "error.emulation.rowRange", m.name(), c.code(), c.maxPoints()));
				}
			}
			points.keySet().stream().filter(code -> criteria.stream().noneMatch(c -> c.code().equals(code)))
				.forEach(code -> checks.add(Problem.cell(row, "points." + code, "error.evaluation.unknownCriterion", code)));
		}
		checks.throwIfAny();
		String user = access.requireUser().username();
		given.forEach((unitId, points) -> {
			if (points != null && !points.isEmpty()) {
				save(criteria, unitId, points, user);
			}
		});
		saveDerived(cluster, year, criteria, user);
		audit.record("emulation_score", clusterId, "score " + year + " units " + given.keySet(), null, given);
		return rank(cluster, year);
	}

	@Transactional(readOnly = true)
	public List<Ranked> ranking(long clusterId, int year) {
		EmulationCluster cluster = clusters.get(clusterId);
		requireReader(cluster);
		return rank(cluster, year);
	}

	/** Recomputes the points of every derived criterion for every member from the indicator's current figures. */
	private void saveDerived(EmulationCluster cluster, int year, List<Criterion> criteria, String user) {
		for (Criterion c : criteria) {
			if (c.derived()) {
				derived.points(cluster, year, c).forEach((unitId, points) -> upsert(c, unitId, points, user));
			}
		}
	}

	private void save(List<Criterion> criteria, long unitId, Map<String, Integer> points, String user) {
		for (Criterion c : criteria) {
			if (!c.derived()) {
				upsert(c, unitId, points.get(c.code()), user);
			}
		}
	}

	private void upsert(Criterion c, long unitId, int points, String user) {
		jdbc.sql("""
				insert into emulation_score (criterion_id, unit_id, points, entered_by) values (:c, :u, :p, :by)
				on conflict (criterion_id, unit_id) do update set points = excluded.points, entered_by = excluded.entered_by""")
			.param("c", c.id()).param("u", unitId).param("p", points).param("by", user).update();
	}

	private List<Ranked> rank(EmulationCluster cluster, int year) {
		List<Ranked> rows = new ArrayList<>();
		for (EmulationCluster.Member m : cluster.members()) {
			Map<String, Integer> points = new java.util.LinkedHashMap<>();
			jdbc.sql("""
					select c.code, s.points from emulation_score s join emulation_criterion c on c.id = s.criterion_id
					where c.cluster_id = :c and c.year = :y and s.unit_id = :u order by c.position""")
				.param("c", cluster.id()).param("y", year).param("u", m.unitId())
				.query((rs, n) -> points.put(rs.getString(1), rs.getInt(2))).list();
			rows.add(new Ranked(0, m.unitId(), m.code(), m.name(), points.values().stream().mapToInt(Integer::intValue).sum(), points));
		}
		rows.sort(Comparator.comparingInt(Ranked::total).reversed().thenComparing(Ranked::code));
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Ranked r = rows.get(i);
			int rank = i > 0 && ranked.get(i - 1).total() == r.total() ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new Ranked(rank, r.unitId(), r.code(), r.name(), r.total(), r.points()));
		}
		return ranked;
	}

	private List<Criterion> criteria(long clusterId, int year) {
		return jdbc.sql("""
				select id, code, text, max_points, indicator_code from emulation_criterion where cluster_id = :c and year = :y order by position""")
			.param("c", clusterId).param("y", year)
			.query((rs, n) -> new Criterion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5))).list();
	}

	private static String indicator(Criterion c) {
		return c.indicatorCode() == null || c.indicatorCode().isBlank() ? null : c.indicatorCode().strip().toUpperCase(java.util.Locale.ROOT);
	}

	private void requireOwner(EmulationCluster cluster, Capability capability) {
		if (cluster.ownerUnitId() == null) {
			access.require(Capability.MANAGE_USERS);
		}
		else {
			access.require(capability, cluster.ownerUnitId());
		}
	}

	private void requireReader(EmulationCluster cluster) {
		if (cluster.ownerUnitId() == null || cluster.members().stream().anyMatch(m -> access.can(Capability.READ, m.unitId()))) {
			access.requireUser();
			return;
		}
		access.require(Capability.READ, cluster.ownerUnitId());
	}

}
