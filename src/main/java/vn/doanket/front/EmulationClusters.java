package vn.doanket.front;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.Problem;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * Emulation clusters. A cluster is owned by the unit that organises it (a province groups its districts) or is
 * national (no owner, e.g. the five Central Highlands provinces; only administrators edit those).
 */
@Service
@Transactional
public class EmulationClusters {

	private final JdbcClient jdbc;

	private final Units units;

	private final AccessPolicy access;

	private final AuditLog audit;

	EmulationClusters(JdbcClient jdbc, Units units, AccessPolicy access, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.audit = audit;
	}

	/** Clusters the user can see: national ones, and those owned by a unit in scope or containing one. */
	@Transactional(readOnly = true)
	public List<EmulationCluster> visible() {
		CurrentUser user = access.requireUser();
		List<EmulationCluster> result = new ArrayList<>();
		for (EmulationCluster cluster : all()) {
			boolean ownerInScope = cluster.ownerUnitId() == null || access.inScope(user, cluster.ownerUnitId());
			boolean memberInScope = cluster.members().stream().anyMatch(m -> access.inScope(user, m.unitId()));
			if (ownerInScope || memberInScope) {
				result.add(cluster);
			}
		}
		return result;
	}

	@Transactional(readOnly = true)
	public EmulationCluster get(long id) {
		return all().stream().filter(c -> c.id() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("error.cluster.notFound", id));
	}

	/** Creates a cluster of units; every member must lie under the owner unit. */
	public EmulationCluster create(String name, AdminUnit owner, List<String> memberCodes, String description) {
		if (owner == null) {
			access.require(Capability.MANAGE_USERS);
		}
		else {
			access.require(Capability.MANAGE_FRONT, owner.id());
		}
		Checks checks = new Checks().requireText(name, "name", 200);
		List<AdminUnit> members = new ArrayList<>();
		for (String code : memberCodes == null ? List.<String>of() : memberCodes) {
			Optional<AdminUnit> unit = owner == null ? units.resolve(code.trim(), null)
					: units.subtree(owner).stream().filter(u -> u.code().equals(code.trim()) && u.id() != owner.id()).findFirst();
			if (unit.isEmpty()) {
				checks.add(Problem.field("members", "error.cluster.memberOutside", code));
			}
			else {
				members.add(unit.get());
			}
		}
		checks.require(!members.isEmpty() || !checks.ok(), "members", "error.required");
		checks.throwIfAny();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into emulation_cluster (name, owner_unit_id, description) values (:n, :o, :d)")
			.param("n", name.trim())
			.param("o", owner == null ? null : owner.id())
			.param("d", description)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (AdminUnit member : members) {
			jdbc.sql("insert into emulation_cluster_member (cluster_id, unit_id) values (:c, :u) on conflict do nothing")
				.param("c", id)
				.param("u", member.id())
				.update();
		}
		EmulationCluster created = get(id);
		audit.record("emulation_cluster", id, "create", null, created);
		return created;
	}

	private List<EmulationCluster> all() {
		List<EmulationCluster.Member> none = List.of();
		List<EmulationCluster> clusters = jdbc.sql("select id, name, owner_unit_id, description from emulation_cluster order by name")
			.query((rs, n) -> new EmulationCluster(rs.getLong("id"), rs.getString("name"), (Long) rs.getObject("owner_unit_id"),
					rs.getString("description"), new ArrayList<>(none)))
			.list();
		jdbc.sql("""
				select m.cluster_id, u.id, u.code, u.name from emulation_cluster_member m join unit u on u.id = m.unit_id
				order by u.code""").query(rs -> {
			long clusterId = rs.getLong("cluster_id");
			clusters.stream().filter(c -> c.id() == clusterId).findFirst().ifPresent(c -> {
				try {
					c.members().add(new EmulationCluster.Member(rs.getLong("id"), rs.getString("code"), rs.getString("name")));
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
		});
		return clusters;
	}

}
