package vn.ktgs.organization;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.kernel.Option;

/**
 * The people who work in a committee, offered where a form names people (a team, its lead): form options
 * {@code committeePeople} (inspectors, team leads, committee members, chair, deputies) and {@code standingPeople}
 * (chair and deputies), within the committees of the user filling the form. A value is a username, shown as
 * "Full name (username)", so two people of the same name stay apart.
 */
@Component
@Transactional(readOnly = true)
public class CommitteePeople implements OptionsProvider {

    public static final String COMMITTEE_PEOPLE = "committeePeople";
    public static final String STANDING_PEOPLE = "standingPeople";
    static final List<Role> WORKING = List.of(Role.INSPECTOR, Role.TEAM_LEAD, Role.COMMITTEE_MEMBER, Role.CHAIR, Role.DEPUTY_CHAIR);
    static final List<Role> STANDING = List.of(Role.CHAIR, Role.DEPUTY_CHAIR);

    private final AppUserRepository users;

    CommitteePeople(AppUserRepository users) {
        this.users = users;
    }

    @Override
    public boolean provides(String valuesKey) {
        return COMMITTEE_PEOPLE.equals(valuesKey) || STANDING_PEOPLE.equals(valuesKey);
    }

    @Override
    public List<Option> options(String valuesKey, KtgsUser user, String filter, int offset, int limit) {
        List<Long> committees = user.getGrants().stream().filter(g -> g.role() != Role.CONTACT).map(Grant::orgId).distinct().toList();
        if (committees.isEmpty()) {
            return List.of();
        }
        String wanted = plain(filter == null ? "" : filter);
        return people(STANDING_PEOPLE.equals(valuesKey) ? STANDING : WORKING, committees).stream()
                .filter(u -> plain(u.getFullName()).contains(wanted) || u.getUsername().contains(wanted))
                .skip(offset).limit(limit).map(CommitteePeople::option).toList();
    }

    @Override
    public String label(String valuesKey, String value) {
        return users.findByUsername(value).map(u -> option(u).label()).orElse(value);
    }

    /** Whether the user works in that committee (a standing member, when {@code standing}). */
    public boolean worksIn(long committeeOrgId, String username, boolean standing) {
        return people(standing ? STANDING : WORKING, List.of(committeeOrgId)).stream().anyMatch(u -> u.getUsername().equals(username));
    }

    public Optional<String> fullName(String username) {
        return users.findByUsername(username).map(AppUser::getFullName);
    }

    private List<AppUser> people(List<Role> roles, Collection<Long> committees) {
        return users.findByRoleInOrgs(roles, committees).stream()
                .sorted(Comparator.comparing(AppUser::getFullName).thenComparing(AppUser::getUsername)).toList();
    }

    private static Option option(AppUser u) {
        return new Option(u.getFullName() + " (" + u.getUsername() + ")", u.getUsername());
    }

    /** Lower case without tone marks: "doan" finds "Đoàn". */
    private static String plain(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('đ', 'd');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
