package vn.ktgs.denunciation;

import java.util.ArrayList;
import java.util.List;
import vn.ktgs.discipline.DisciplineForm;
import vn.ktgs.discipline.DisciplineSubjectKind;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.tasklist.StepContext;

/** The committee's vote on the resolution report: more than half of all its members, and discipline only where it can apply. */
final class VoteRules {

    private VoteRules() {
    }

    /** {@code subjectKind} is null when the letter names nobody in the org tree. */
    static List<FieldError> check(StepContext step, DisciplineSubjectKind subjectKind) {
        List<FieldError> errors = new ArrayList<>();
        int members = step.integer("fullMembers");
        int votesFor = step.integer("votesFor");
        if (members < 1) {
            errors.add(FieldError.of("fullMembers", "min", 1));
        } else if (votesFor > members) {
            errors.add(FieldError.of("votesFor", "votesExceedMembers", members));
        } else if (votesFor * 2 <= members) {
            errors.add(FieldError.of("votesFor", "denunciation.noMajority", members / 2 + 1));
        }
        if (Boolean.TRUE.equals(step.values().get("remediationWarranted")) && "FALSE".equals(step.text("conclusion"))) {
            errors.add(FieldError.of("remediationWarranted", "denunciation.remediationOnFalse"));
        }
        if (Boolean.TRUE.equals(step.values().get("disciplineWarranted"))) {
            if ("FALSE".equals(step.text("conclusion"))) {
                errors.add(FieldError.of("disciplineWarranted", "denunciation.disciplineOnFalse"));
            } else if (subjectKind == null) {
                errors.add(FieldError.of("disciplineWarranted", "denunciation.disciplineNeedsAccused"));
            } else if (step.text("disciplineForm") == null) {
                errors.add(FieldError.of("disciplineForm", "required"));
            } else {
                if (!DisciplineForm.valueOf(step.text("disciplineForm")).appliesTo(subjectKind)) {
                    errors.add(FieldError.of("disciplineForm", "denunciation.formNotForSubject"));
                }
            }
        }
        return errors;
    }
}
