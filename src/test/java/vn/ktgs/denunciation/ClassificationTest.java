package vn.ktgs.denunciation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.denunciation.NotResolvedReason.*;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The not-resolved rules of procedures.md §4, case by case (each row checked by hand against the list). */
class ClassificationTest {

    /** anonymous, fakeName, hasAddress, signatories, signedPersonally, repeat, newEvidence, vague, accused, lacksCapacity → outcome, reasons */
    static Stream<Arguments> letters() {
        return Stream.of(
                row("a signed, addressed, specific letter about a member", f(false, false, true, 1, true, false, false, false, AccusedKind.MEMBER, false),
                        Outcome.RESOLVE),
                row("about an organisation", f(false, false, true, 1, true, false, false, false, AccusedKind.ORGANIZATION, false), Outcome.RESOLVE),
                row("about someone not found in the tree", f(false, false, true, 1, true, false, false, false, AccusedKind.UNKNOWN, false), Outcome.RESOLVE),
                row("anonymous and specific: kept as information", f(true, false, false, 0, true, false, false, false, AccusedKind.MEMBER, false),
                        Outcome.KEEP_AS_INFORMATION, ANONYMOUS),
                row("anonymous photocopy, specific", f(true, false, false, 0, false, false, false, false, AccusedKind.MEMBER, false),
                        Outcome.KEEP_AS_INFORMATION, ANONYMOUS, UNSIGNED_COPY),
                row("anonymous and vague", f(true, false, false, 0, true, false, false, true, AccusedKind.MEMBER, false),
                        Outcome.NOT_RESOLVED, ANONYMOUS, VAGUE),
                row("fake name, specific", f(false, true, true, 1, true, false, false, false, AccusedKind.MEMBER, false),
                        Outcome.KEEP_AS_INFORMATION, FAKE_NAME),
                row("named but no address", f(false, false, false, 1, true, false, false, false, AccusedKind.MEMBER, false),
                        Outcome.NOT_RESOLVED, NO_ADDRESS),
                row("two signatories", f(false, false, true, 2, true, false, false, false, AccusedKind.MEMBER, false),
                        Outcome.NOT_RESOLVED, SEVERAL_SIGNATORIES),
                row("a photocopy", f(false, false, true, 1, false, false, false, false, AccusedKind.MEMBER, false),
                        Outcome.NOT_RESOLVED, UNSIGNED_COPY),
                row("named but signed by nobody", f(false, false, true, 0, true, false, false, false, AccusedKind.MEMBER, false),
                        Outcome.NOT_RESOLVED, UNSIGNED_COPY),
                row("a repeat without new evidence", f(false, false, true, 1, true, true, false, false, AccusedKind.MEMBER, false),
                        Outcome.NOT_RESOLVED, REPEAT_WITHOUT_NEW_EVIDENCE),
                row("a repeat with new evidence", f(false, false, true, 1, true, true, true, false, AccusedKind.MEMBER, false), Outcome.RESOLVE),
                row("vague content", f(false, false, true, 1, true, false, false, true, AccusedKind.MEMBER, false), Outcome.NOT_RESOLVED, VAGUE),
                row("accuses no party organisation or member", f(false, false, true, 1, true, false, false, false, AccusedKind.NOT_PARTY, false),
                        Outcome.NOT_RESOLVED, NO_PARTY_ACCUSATION),
                row("anonymous about a non-party body", f(true, false, false, 0, true, false, false, false, AccusedKind.NOT_PARTY, false),
                        Outcome.NOT_RESOLVED, ANONYMOUS, NO_PARTY_ACCUSATION),
                row("sender lacks civil capacity", f(false, false, true, 1, true, false, false, false, AccusedKind.MEMBER, true),
                        Outcome.NOT_RESOLVED, LACKS_CIVIL_CAPACITY),
                row("anonymous repeat without evidence", f(true, false, false, 0, true, true, false, false, AccusedKind.MEMBER, false),
                        Outcome.NOT_RESOLVED, ANONYMOUS, REPEAT_WITHOUT_NEW_EVIDENCE),
                row("three signatories on a photocopy without address", f(false, false, false, 3, false, false, false, false, AccusedKind.MEMBER, false),
                        Outcome.NOT_RESOLVED, NO_ADDRESS, SEVERAL_SIGNATORIES, UNSIGNED_COPY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void classifies(String what, Classification.LetterFacts facts, Outcome outcome, List<NotResolvedReason> reasons) {
        Classification c = Classification.of(facts);
        assertThat(c.outcome()).isEqualTo(outcome);
        assertThat(c.reasons()).containsExactlyElementsOf(reasons);
        reasons.forEach(r -> assertThat(c.reasonText()).contains(r.text()));
    }

    private static Classification.LetterFacts f(boolean anonymous, boolean fakeName, boolean hasAddress, int signatories, boolean signedPersonally,
                                                boolean repeat, boolean newEvidence, boolean vague, AccusedKind accused, boolean lacksCapacity) {
        return new Classification.LetterFacts(anonymous, fakeName, hasAddress, signatories, signedPersonally, repeat, newEvidence, vague, accused, lacksCapacity);
    }

    private static Arguments row(String what, Classification.LetterFacts facts, Outcome outcome, NotResolvedReason... reasons) {
        return Arguments.of(what, facts, outcome, List.of(reasons));
    }
}
