package vn.ktgs.organization;

import java.util.*;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users for Spring Security, and the people behind a candidate group (for reminders). */
@Service
public class UserDirectory implements UserDetailsService {

    private final AppUserRepository users;
    private final Substitutes substitutes;

    UserDirectory(AppUserRepository users, Substitutes substitutes) {
        this.users = users;
        this.substitutes = substitutes;
    }

    /** The user as signed in: grants, and the absent colleagues they stand in for today. */
    @Override
    @Transactional(readOnly = true)
    public KtgsUser loadUserByUsername(String username) {
        return users.findByUsername(username).map(KtgsUser::of).map(u -> u.standingInFor(substitutes.absentFor(username)))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> find(String username) {
        return users.findByUsername(username);
    }

    /** Full names by username, in one query for a whole page; an unknown username is absent. */
    @Transactional(readOnly = true)
    public Map<String, String> fullNames(Collection<String> usernames) {
        List<String> wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        users.findByUsernameIn(wanted).forEach(u -> names.put(u.getUsername(), u.getFullName()));
        return names;
    }

    /** A user as people know them: "full name (username)", or the username alone when unknown. */
    public static String nameWithUsername(Map<String, String> fullNames, String username) {
        if (username == null) {
            return "";
        }
        String name = fullNames.get(username);
        return name == null || name.isBlank() ? username : name + " (" + username + ")";
    }

    /** Everyone in a group {@code ROLE:orgCode}; {@code STANDING:orgCode} means chair and deputies. */
    @Transactional(readOnly = true)
    public List<AppUser> membersOf(String candidateGroup) {
        int colon = candidateGroup.indexOf(':');
        if (colon < 0) {
            return List.of();
        }
        String roleName = candidateGroup.substring(0, colon);
        String orgCode = candidateGroup.substring(colon + 1);
        List<Role> roles;
        if (CandidateGroups.STANDING.equals(roleName)) {
            roles = List.of(Role.CHAIR, Role.DEPUTY_CHAIR);
        } else {
            try {
                roles = List.of(Role.valueOf(roleName));
            } catch (IllegalArgumentException unknownRole) {
                return List.of();
            }
        }
        return users.findByRoleInOrg(roles, orgCode);
    }

    /** The user's own choices: immediate mails or a morning digest, and the mail language. */
    @Transactional
    public void choose(String username, MailMode mode, String locale) {
        if (mode == null || !("vi".equals(locale) || "en".equals(locale))) {
            throw new IllegalArgumentException("mail mode and locale vi/en required");
        }
        users.findByUsername(username).orElseThrow().choose(mode, locale);
    }

    /** The language the user works in, chosen with the top bar's button: the next sign-in and the mails use it. */
    @Transactional
    public void chooseLanguage(String username, String locale) {
        if (!("vi".equals(locale) || "en".equals(locale))) {
            throw new IllegalArgumentException("locale vi/en required");
        }
        AppUser u = users.findByUsername(username).orElseThrow();
        u.choose(u.getMailMode(), locale);
    }

    @Transactional(readOnly = true)
    public List<AppUser> usersWithin(String pathPrefix) {
        return users.findWithin(pathPrefix);
    }
}
