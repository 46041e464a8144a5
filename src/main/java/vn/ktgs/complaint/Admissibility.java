package vn.ktgs.complaint;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.ktgs.discipline.DisciplineForm;

/**
 * The rules of procedures.md §3, "complaints not accepted", applied to the facts entered at intake. Pure: the last
 * day of the appeal window comes in already counted (from the {@code discipline-appeal-window} rule, by
 * {@link ComplaintService}), so the rule table can be tested with hand-checked dates.
 */
public final class Admissibility {

    /**
     * What the clerk entered and what KTGS knows about the decision. {@code decisionReceivedOn} is null when the
     * complainant has not received the written decision; {@code appealWindowEndsOn} is then null too. {@code sentOn} is
     * the date the complainant sent the letter (the postmark), null when unknown: a letter posted inside the window
     * is in time even when the committee received it after the window.
     */
    public record Facts(DisciplineForm form, boolean complainantIsDisciplined, boolean writtenForAnother,
                        LocalDate decisionReceivedOn, boolean refusedDecision, LocalDate filedOn, LocalDate appealWindowEndsOn,
                        EarlierResolution earlier, boolean sentenced, boolean movedOrganization, LocalDate sentOn) {

        /** The day the complaint counts as made: when it was sent if known, else when the committee received it. */
        LocalDate lodgedOn() {
            return sentOn != null ? sentOn : filedOn;
        }
    }

    private Admissibility() {
    }

    /** Every reason that applies (empty: admissible), so the reply letter can give them all. */
    public static Set<InadmissibleReason> assess(Facts f) {
        Set<InadmissibleReason> reasons = EnumSet.noneOf(InadmissibleReason.class);
        if (f.decisionReceivedOn() != null && f.appealWindowEndsOn() != null && f.lodgedOn().isAfter(f.appealWindowEndsOn())) {
            reasons.add(InadmissibleReason.LATE);
        }
        if (f.earlier() == EarlierResolution.PENDING_HIGHER) {
            reasons.add(InadmissibleReason.PENDING_HIGHER);
        }
        if (decidedAtFinalLevel(f.earlier(), f.form())) {
            reasons.add(InadmissibleReason.FINAL_LEVEL);
        }
        if (f.sentenced()) {
            reasons.add(InadmissibleReason.SENTENCED);
        }
        if (!f.complainantIsDisciplined() || f.writtenForAnother()) {
            reasons.add(InadmissibleReason.ON_BEHALF);
        }
        if (f.refusedDecision()) {
            reasons.add(InadmissibleReason.REFUSED_DECISION);
        } else if (f.decisionReceivedOn() == null || f.filedOn().isBefore(f.decisionReceivedOn())) {
            reasons.add(InadmissibleReason.BEFORE_DECISION);
        }
        if (f.movedOrganization()) {
            reasons.add(InadmissibleReason.MOVED_ORGANIZATION);
        }
        return reasons;
    }

    /**
     * The Secretariat is above every complaint; the Central Inspection Commission is final for reprimand, warning
     * and removal from post, but an expulsion decided at province and below may still go to the Secretariat.
     */
    static boolean decidedAtFinalLevel(EarlierResolution earlier, DisciplineForm form) {
        return earlier == EarlierResolution.DECIDED_BY_SECRETARIAT
                || (earlier == EarlierResolution.DECIDED_BY_CENTRAL_INSPECTION_COMMISSION && form != DisciplineForm.EXPULSION);
    }
}
