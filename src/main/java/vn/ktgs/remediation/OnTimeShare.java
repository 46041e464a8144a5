package vn.ktgs.remediation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.KtgsUser;

/**
 * The province's remediation measure (seed 004: more than 90% of conclusion notices remediated on time),
 * computed live per committee for a period. A notice counts in the period in which its last requirement
 * falls due. On time: every requirement done by its own due date. Late: closed otherwise, or still open
 * after that date. Notices not yet due are shown apart and do not count.
 */
@Service
@Transactional(readOnly = true)
public class OnTimeShare {

    /** The province's target, a share of notices. */
    public static final double TARGET = 0.90;

    /** One committee's figures; {@code share} is empty when no notice counts yet. */
    public record Row(String committee, int onTime, int late, int openOverdue, int notYetDue) {
        public int counted() {
            return onTime + late + openOverdue;
        }

        public OptionalDouble share() {
            return counted() == 0 ? OptionalDouble.empty() : OptionalDouble.of(onTime / (double) counted());
        }

        public boolean belowTarget() {
            return share().isPresent() && share().getAsDouble() <= TARGET;
        }

        Row plus(Row o) {
            return new Row(committee, onTime + o.onTime, late + o.late, openOverdue + o.openOverdue, notYetDue + o.notYetDue);
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OnTimeShare(JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Rows per committee in the user's scope whose notices fall due from {@code from} to {@code to}, inclusive. */
    public List<Row> byCommittee(KtgsUser user, LocalDate from, LocalDate to) {
        LocalDate today = VietnamTime.localDate(clock.instant());
        Map<String, Row> rows = new TreeMap<>();
        Set<Long> seen = new HashSet<>(); // a user's scopes may nest
        for (String scope : user.committeeScopePaths()) {
            jdbc.query("""
                    select n.id, coalesce(o.committee_name, o.name) as committee, c.owner_org_path, n.status, max(r.due_date) as due
                    from conclusion_notice n
                    join case_file c on c.id = n.case_id
                    join organization o on o.id = c.owner_org_id
                    join remediation_requirement r on r.notice_id = n.id
                    where c.owner_org_path like ?
                    group by n.id, o.committee_name, o.name, c.owner_org_path, n.status
                    having max(r.due_date) between ? and ?
                    """, rs -> {
                LocalDate due = rs.getDate("due").toLocalDate();
                if (!seen.add(rs.getLong("id"))) {
                    return;
                }
                NoticeStatus status = NoticeStatus.valueOf(rs.getString("status"));
                Row one = switch (status) {
                    case REMEDIATED_ON_TIME -> new Row(rs.getString("committee"), 1, 0, 0, 0);
                    case REMEDIATED_LATE -> new Row(rs.getString("committee"), 0, 1, 0, 0);
                    case OPEN -> due.isBefore(today) ? new Row(rs.getString("committee"), 0, 0, 1, 0)
                            : new Row(rs.getString("committee"), 0, 0, 0, 1);
                };
                rows.merge(rs.getString("owner_org_path"), one, Row::plus);
            }, scope + "%", from, to); // the period in SQL: a province's other years' notices never leave the database
        }
        return List.copyOf(rows.values());
    }

    /** All rows added up (the committee name is the caller's label). */
    public static Row total(String label, List<Row> rows) {
        return rows.stream().reduce(new Row(label, 0, 0, 0, 0), Row::plus);
    }
}
