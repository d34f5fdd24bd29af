package vn.doanket.fund;

import java.time.LocalDate;
import java.util.List;

/**
 * Which statement lines the queue shows: those waiting for a person, one kind of them, those a person settled (whoever
 * settled them is recorded), or all.
 */
enum QueueShow {

	WAITING(List.of(MatchStatus.UNMATCHED, MatchStatus.ALERT)), UNMATCHED(List.of(MatchStatus.UNMATCHED)),
	ALERT(List.of(MatchStatus.ALERT)), SETTLED(List.of(MatchStatus.MANUAL, MatchStatus.PAYMENT, MatchStatus.EXPLAINED)),
	ALL(List.of(MatchStatus.values()));

	private final List<MatchStatus> statuses;

	QueueShow(List<MatchStatus> statuses) {
		this.statuses = statuses;
	}

	/** The choice named by {@code text}; the lines waiting when it names none. */
	static QueueShow parse(String text) {
		QueueShow show = Enums.parse(QueueShow.class, text);
		return show == null ? WAITING : show;
	}

	QueueRepository.Filter filter(String query, LocalDate from, LocalDate to) {
		return new QueueRepository.Filter(statuses, this == SETTLED, query, from, to);
	}

}
