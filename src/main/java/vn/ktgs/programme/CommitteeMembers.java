package vn.ktgs.programme;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The people who work in one committee and may lead a programme item (not its contact persons or administrators). */
@Component
@Transactional(readOnly = true)
public class CommitteeMembers {

    /** A user as offered in the lead field. */
    public record Person(String username, String fullName) {
        @Override
        public String toString() {
            return fullName + " (" + username + ")";
        }
    }

    private static final String LEAD_ROLES = "('INSPECTOR', 'TEAM_LEAD', 'COMMITTEE_MEMBER', 'CHAIR', 'DEPUTY_CHAIR')";

    private final JdbcTemplate jdbc;

    CommitteeMembers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Person> of(long committeeOrgId) {
        return jdbc.query("select distinct u.username, u.full_name from app_user u join role_assignment ra on ra.user_id = u.id "
                        + "where ra.org_id = ? and u.enabled = true and ra.role in " + LEAD_ROLES + " order by u.full_name",
                (rs, i) -> new Person(rs.getString(1), rs.getString(2)), committeeOrgId);
    }

    public boolean isMember(long committeeOrgId, String username) {
        Integer n = jdbc.queryForObject("select count(*) from app_user u join role_assignment ra on ra.user_id = u.id "
                + "where ra.org_id = ? and u.username = ? and u.enabled = true and ra.role in " + LEAD_ROLES,
                Integer.class, committeeOrgId, username);
        return n != null && n > 0;
    }
}
