package vn.ktgs.organization;

import java.util.*;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user with their grants; the source of candidate groups and of the visibility scope. */
public class KtgsUser implements UserDetails {

    private final String username;
    private final String passwordHash;
    private final String fullName;
    private final boolean enabled;
    private final List<Grant> grants;
    /** The users this one stands in for today (their substitute), as of signing in. */
    private Set<String> standsInFor = Set.of();

    public KtgsUser(String username, String passwordHash, String fullName, boolean enabled, List<Grant> grants) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.enabled = enabled;
        this.grants = List.copyOf(grants);
    }

    public static KtgsUser of(AppUser user) {
        List<Grant> grants = user.getRoles().stream()
                .map(ra -> new Grant(ra.getRole(), ra.getOrganization().getId(), ra.getOrganization().getCode(),
                        ra.getOrganization().getPath(), ra.getOrganization().getName(), ra.getOrganization().getLevel()))
                .toList();
        return new KtgsUser(user.getUsername(), user.getPasswordHash(), user.getFullName(), user.isEnabled(), grants);
    }

    /** The same user standing in for these absent colleagues. */
    public KtgsUser standingInFor(Set<String> absent) {
        KtgsUser copy = new KtgsUser(username, passwordHash, fullName, enabled, grants);
        copy.standsInFor = Set.copyOf(absent);
        return copy;
    }

    public Set<String> standsInFor() { return standsInFor; }

    public String getFullName() { return fullName; }
    public List<Grant> getGrants() { return grants; }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    /** Camunda candidate groups this user belongs to. */
    public List<String> candidateGroups() {
        Set<String> groups = new LinkedHashSet<>();
        for (Grant g : grants) {
            groups.add(CandidateGroups.of(g.role(), g.orgCode()));
            if (g.role().isStanding()) {
                groups.add(CandidateGroups.standing(g.orgCode()));
            }
        }
        return List.copyOf(groups);
    }

    /** Org paths whose cases this user may see: the subtrees of the committees they work in. */
    public List<String> committeeScopePaths() {
        List<String> paths = grants.stream().filter(g -> g.role().isCommitteeRole()).map(Grant::orgPath).distinct().toList();
        // a subtree inside another is already covered: keep only the outermost, so nothing is counted twice
        return paths.stream().filter(p -> paths.stream().noneMatch(other -> !other.equals(p) && p.startsWith(other))).toList();
    }

    /** Org paths this user speaks for as the subject's contact person. */
    public List<String> contactScopePaths() {
        return grants.stream().filter(g -> g.role() == Role.CONTACT).map(Grant::orgPath).distinct().toList();
    }

    /** The committee org in which this user may propose an inspection (first inspector-like grant). */
    public Optional<Grant> proposingCommittee() {
        return grants.stream().filter(g -> g.role() == Role.INSPECTOR || g.role() == Role.TEAM_LEAD).findFirst();
    }

    /** Holds ROLE_ADMIN: an administrator of the province or above (Cockpit, REST, rules, policy). */
    public boolean isEngineAdmin() {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    }

    public boolean canSeeOrgPath(String path) {
        return committeeScopePaths().stream().anyMatch(path::startsWith);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream().map(g -> new SimpleGrantedAuthority("ROLE_" + authority(g))).distinct().toList();
    }

    /**
     * An administrator of the province (or above) runs the engine: Cockpit, REST, outbox. An ADMIN grant
     * lower down administers only that organisation and gets no engine-wide power.
     */
    private static String authority(Grant g) {
        boolean engineWide = g.orgLevel() == OrgLevel.PROVINCE || g.orgLevel() == OrgLevel.CENTRAL;
        return g.role() == Role.ADMIN && !engineWide ? "LOCAL_ADMIN" : g.role().name();
    }

    @Override public String getPassword() { return passwordHash; }
    @Override public String getUsername() { return username; }
    @Override public boolean isEnabled() { return enabled; }
}
