package vn.ktgs.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;

/**
 * A user names a colleague of the same committee to stand in for them from one day to another: the substitute sees the
 * tasks given to the absent user in their inbox, marked as such, and may work them. It takes effect at the substitute's
 * next sign-in within those days (the signed-in user carries it, {@link KtgsUser#standsInFor}).
 */
@Service
@Transactional
public class Substitutes {

    static final int MAX_DAYS = 366;

    private final SubstituteRepository substitutes;
    private final AppUserRepository users;
    private final Clock clock;

    Substitutes(SubstituteRepository substitutes, AppUserRepository users, Clock clock) {
        this.substitutes = substitutes;
        this.users = users;
        this.clock = clock;
    }

    /** Names {@code substitute} for the user from {@code from} to {@code to}; bad input throws per field. */
    public Substitute name(KtgsUser user, String substitute, LocalDate from, LocalDate to) {
        LocalDate today = VietnamTime.localDate(clock.instant());
        List<FieldError> errors = new ArrayList<>();
        if (substitute == null || substitute.isBlank()) {
            errors.add(FieldError.of("substitute", "required"));
        } else if (substitute.equals(user.getUsername()) || !sameCommittee(user, substitute)) {
            errors.add(FieldError.of("substitute", "substitute.notColleague"));
        }
        if (from == null) {
            errors.add(FieldError.of("from", "required"));
        } else if (from.isBefore(today)) {
            errors.add(FieldError.of("from", "notBeforeToday"));
        }
        if (to == null) {
            errors.add(FieldError.of("to", "required"));
        } else if (from != null && (to.isBefore(from) || to.isAfter(from.plusDays(MAX_DAYS)))) {
            errors.add(FieldError.of("to", "substitute.badRange", MAX_DAYS));
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        return substitutes.save(new Substitute(user.getUsername(), substitute, from, to, clock.instant()));
    }

    /** The user's substitutes now and to come. */
    @Transactional(readOnly = true)
    public List<Substitute> of(KtgsUser user) {
        return substitutes.findByUsernameAndEndsOnGreaterThanEqualOrderByStartsOn(user.getUsername(), VietnamTime.localDate(clock.instant()));
    }

    /** Ends a substitution early: the user who named it. */
    public void remove(KtgsUser user, long id) {
        Substitute s = substitutes.findById(id).orElseThrow();
        if (!s.getUsername().equals(user.getUsername())) {
            throw new AccessDeniedException("only who named a substitute removes it");
        }
        substitutes.delete(s);
    }

    /** Whom this person stands in for today. */
    @Transactional(readOnly = true)
    public Set<String> absentFor(String substitute) {
        return Set.copyOf(substitutes.absentFor(substitute, VietnamTime.localDate(clock.instant())));
    }

    private boolean sameCommittee(KtgsUser user, String other) {
        Set<Long> mine = user.getGrants().stream().filter(g -> g.role().isCommitteeRole()).map(Grant::orgId).collect(Collectors.toSet());
        return users.findByUsername(other).map(KtgsUser::of).stream().flatMap(u -> u.getGrants().stream())
                .filter(g -> g.role().isCommitteeRole()).map(Grant::orgId).filter(Objects::nonNull).anyMatch(mine::contains);
    }
}
