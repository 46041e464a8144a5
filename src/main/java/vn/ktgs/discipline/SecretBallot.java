package vn.ktgs.discipline;

import java.util.*;
import java.util.function.BiFunction;
import vn.ktgs.kernel.FieldError;

/**
 * The secret-ballot result of a discipline review (procedures.md §3). Each form needs more than half of ALL full
 * members of the voting body (not of those present). Expulsion needs at least 2/3 of the cell's full members to be
 * proposed (the cell's own vote, or the cell's proposal recorded when a committee decides) and more than half of
 * the deciding body. If no form reaches its threshold on its own, votes are carried from the heaviest form down:
 * each lighter form counts its own votes plus those of every heavier form, until one qualifies.
 * The outcome comes with its arithmetic, line by line, as translation keys (see {@link #render}).
 */
public final class SecretBallot {

    /** The numbers entered after the count; {@code cellFullMembers}/{@code cellExpulsionVotes} only when a committee decides an expulsion. */
    public record Count(DisciplineSubjectKind subject, boolean holdsPost, boolean bodyIsCell, int bodyMembers, int present,
                        Map<DisciplineForm, Integer> votes, int votesNone, Integer cellFullMembers, Integer cellExpulsionVotes) {

        int of(DisciplineForm form) {
            return votes.getOrDefault(form, 0);
        }
    }

    /** One line of the arithmetic: a translation key under {@code discipline.ballot.} and its arguments. */
    public record Line(String key, List<Object> args) {
    }

    public record Outcome(Optional<DisciplineForm> form, List<Line> lines) {
    }

    private SecretBallot() {
    }

    /** The forms that may be voted on for this subject, heaviest first. */
    public static List<DisciplineForm> formsFor(DisciplineSubjectKind subject, boolean holdsPost) {
        return Arrays.stream(DisciplineForm.values())
                .filter(f -> f.appliesTo(subject) && (f != DisciplineForm.REMOVAL_FROM_POST || holdsPost))
                .sorted(Comparator.comparingInt(DisciplineForm::weight).reversed()).toList();
    }

    /** Counts that cannot be: negative, more than the body, ballots beyond those present, votes for a form that does not apply. */
    public static List<FieldError> check(Count c, Map<DisciplineForm, String> fieldOf) {
        List<FieldError> errors = new ArrayList<>();
        if (c.bodyMembers() < 1) {
            errors.add(FieldError.of("bodyMembers", "min", 1));
        }
        if (c.present() < 0) {
            errors.add(FieldError.of("present", "min", 0));
        } else if (c.present() > c.bodyMembers()) {
            errors.add(FieldError.of("present", "discipline.presentExceedsBody", c.bodyMembers()));
        }
        List<DisciplineForm> allowed = formsFor(c.subject(), c.holdsPost());
        int ballots = c.votesNone();
        if (c.votesNone() < 0) {
            errors.add(FieldError.of("votesNone", "min", 0));
        }
        for (DisciplineForm form : DisciplineForm.values()) {
            int n = c.of(form);
            String field = fieldOf.getOrDefault(form, form.name());
            if (n < 0) {
                errors.add(FieldError.of(field, "min", 0));
            } else if (n > 0 && !allowed.contains(form)) {
                errors.add(FieldError.of(field, "discipline.formNotApplicable"));
            }
            ballots += Math.max(n, 0);
        }
        if (errors.isEmpty() && ballots > c.present()) {
            errors.add(FieldError.of("votesNone", "discipline.ballotsExceedPresent", ballots, c.present()));
        }
        if (c.cellExpulsionVotes() != null) {
            if (c.cellFullMembers() == null || c.cellFullMembers() < 1) {
                errors.add(FieldError.of("cellFullMembers", "required"));
            } else if (c.cellExpulsionVotes() < 0 || c.cellExpulsionVotes() > c.cellFullMembers()) {
                errors.add(FieldError.of("cellExpulsionVotes", "discipline.votesExceedCell", c.cellFullMembers()));
            }
        }
        return errors;
    }

    /** The outcome of a valid count (call {@link #check} first). */
    public static Outcome count(Count c) {
        List<Line> lines = new ArrayList<>();
        int carried = 0;
        List<DisciplineForm> carriedFrom = new ArrayList<>();
        for (DisciplineForm form : formsFor(c.subject(), c.holdsPost())) {
            int own = c.of(form);
            int total = own + carried;
            boolean reached = form == DisciplineForm.EXPULSION ? expulsion(c, own, lines) : 2 * total > c.bodyMembers();
            if (form != DisciplineForm.EXPULSION && (total > 0 || reached)) {
                lines.add(carried == 0
                        ? new Line(reached ? "reached" : "failed", List.of(form, own, c.bodyMembers()))
                        : new Line(reached ? "reachedCarried" : "failedCarried",
                                List.of(form, own, carried, List.copyOf(carriedFrom), total, c.bodyMembers())));
            }
            if (reached) {
                lines.add(new Line("outcome", List.of(form)));
                return new Outcome(Optional.of(form), lines);
            }
            carried = total;
            if (own > 0) {
                carriedFrom.add(form);
            }
        }
        lines.add(new Line("none", List.of()));
        return new Outcome(Optional.empty(), lines);
    }

    /** A cell proposes with ≥ 2/3 of its full members; a higher body decides with > 1/2, on a cell's proposal. */
    private static boolean expulsion(Count c, int own, List<Line> lines) {
        if (c.bodyIsCell()) {
            boolean reached = 3 * own >= 2 * c.bodyMembers();
            if (own > 0 || reached) {
                lines.add(new Line(reached ? "reachedTwoThirds" : "failedTwoThirds",
                        List.of(DisciplineForm.EXPULSION, own, c.bodyMembers())));
            }
            return reached;
        }
        if (own == 0) {
            return false;
        }
        boolean majority = 2 * own > c.bodyMembers();
        lines.add(new Line(majority ? "reached" : "failed", List.of(DisciplineForm.EXPULSION, own, c.bodyMembers())));
        if (c.cellExpulsionVotes() == null) {
            lines.add(new Line("cellProposalMissing", List.of()));
            return false;
        }
        boolean proposed = 3 * c.cellExpulsionVotes() >= 2 * c.cellFullMembers();
        lines.add(new Line(proposed ? "cellProposalReached" : "cellProposalFailed",
                List.of(c.cellExpulsionVotes(), c.cellFullMembers())));
        return majority && proposed;
    }

    /**
     * A line as text: {@code translate} turns a key and arguments into words (the page's language, or Vietnamese for
     * the timeline); forms become their names, a list of forms their names joined in lower case.
     */
    public static String render(Line line, BiFunction<String, Object[], String> translate) {
        Object[] args = line.args().stream().map(a -> {
            if (a instanceof DisciplineForm f) {
                return translate.apply(f.labelKey(), new Object[0]);
            }
            if (a instanceof List<?> forms) {
                return String.join(", ", forms.stream()
                        .map(f -> translate.apply(((DisciplineForm) f).labelKey(), new Object[0]).toLowerCase()).toList());
            }
            return a;
        }).toArray();
        return translate.apply("discipline.ballot." + line.key(), args);
    }

    /** The arithmetic in Vietnamese, one line each (timeline, documents). */
    public static List<String> vietnamese(List<Line> lines) {
        return lines.stream().map(l -> render(l, Vietnamese::text)).toList();
    }
}
