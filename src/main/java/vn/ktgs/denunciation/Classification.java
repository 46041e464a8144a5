package vn.ktgs.denunciation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The not-resolved rules of procedures.md §4 applied to what the clerk recorded about a letter. A pure function, so
 * the table test checks it case by case. Every rule that applies is recorded (not only the first), because the
 * reply and the statistics need all of them.
 */
public record Classification(Outcome outcome, List<NotResolvedReason> reasons) {

    /** What the clerk recorded; {@code repeat} is KTGS's own finding (an earlier letter about the same accused). */
    public record LetterFacts(boolean anonymous, boolean fakeName, boolean hasAddress, int signatories, boolean signedPersonally,
                              boolean repeat, boolean newEvidence, boolean vague, AccusedKind accused, boolean lacksCivilCapacity) {
    }

    /** Reasons that are only about who sent the letter: with specific content such a letter is kept as information. */
    private static final Set<NotResolvedReason> ABOUT_THE_SENDER = EnumSet.of(NotResolvedReason.ANONYMOUS, NotResolvedReason.FAKE_NAME,
            NotResolvedReason.NO_ADDRESS, NotResolvedReason.UNSIGNED_COPY, NotResolvedReason.SEVERAL_SIGNATORIES);

    public static Classification of(LetterFacts f) {
        List<NotResolvedReason> reasons = new ArrayList<>();
        if (f.anonymous()) reasons.add(NotResolvedReason.ANONYMOUS);
        if (f.fakeName()) reasons.add(NotResolvedReason.FAKE_NAME);
        if (!f.anonymous() && !f.hasAddress()) reasons.add(NotResolvedReason.NO_ADDRESS);
        if (f.signatories() >= 2) reasons.add(NotResolvedReason.SEVERAL_SIGNATORIES);
        if (!f.signedPersonally() || (!f.anonymous() && f.signatories() == 0)) reasons.add(NotResolvedReason.UNSIGNED_COPY);
        if (f.repeat() && !f.newEvidence()) reasons.add(NotResolvedReason.REPEAT_WITHOUT_NEW_EVIDENCE);
        if (f.vague()) reasons.add(NotResolvedReason.VAGUE);
        if (f.accused() == AccusedKind.NOT_PARTY) reasons.add(NotResolvedReason.NO_PARTY_ACCUSATION);
        if (f.lacksCivilCapacity()) reasons.add(NotResolvedReason.LACKS_CIVIL_CAPACITY);
        if (reasons.isEmpty()) {
            return new Classification(Outcome.RESOLVE, List.of());
        }
        boolean nameless = reasons.contains(NotResolvedReason.ANONYMOUS) || reasons.contains(NotResolvedReason.FAKE_NAME);
        boolean specificAboutParty = ABOUT_THE_SENDER.containsAll(reasons);
        return new Classification(nameless && specificAboutParty ? Outcome.KEEP_AS_INFORMATION : Outcome.NOT_RESOLVED, List.copyOf(reasons));
    }

    /** The reason as the case shows it, e.g. "Không giải quyết: đơn nặc danh; …". */
    public String reasonText() {
        if (reasons.isEmpty()) {
            return "Đủ điều kiện giải quyết";
        }
        String list = reasons.stream().map(NotResolvedReason::text).collect(Collectors.joining("; "));
        return (outcome == Outcome.KEEP_AS_INFORMATION ? "Không giải quyết, lưu làm thông tin (nội dung cụ thể): " : "Không giải quyết: ") + list;
    }
}
