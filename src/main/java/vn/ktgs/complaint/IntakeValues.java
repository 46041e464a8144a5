package vn.ktgs.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ktgs.kernel.FieldError;

/** The intake form's values, read once, with the rules the form cannot express (dates not after today, a reply channel). */
final class IntakeValues {

    private final Map<String, Object> values;

    IntakeValues(Map<String, Object> values) {
        this.values = values;
    }

    List<FieldError> check(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        for (String key : List.of("decisionReceivedOn", "sentOn", "filedOn")) {
            if (date(key) != null && date(key).isAfter(today)) {
                errors.add(FieldError.of(key, "notAfterToday"));
            }
        }
        if (date("sentOn") != null && date("filedOn") != null && date("sentOn").isAfter(date("filedOn"))) {
            // a letter cannot be posted after the committee received it
            errors.add(FieldError.of("sentOn", "complaintSentAfterReceived"));
        }
        if (text("replyEmail") == null && text("replyAddress") == null) {
            // the reasoned reply must reach the complainant somehow: by mail or by post
            errors.add(FieldError.of("replyEmail", "complaintReplyContactRequired"));
        }
        return errors;
    }

    Complaint.Intake intake() {
        return new Complaint.Intake(date("decisionReceivedOn"), flag("refusedDecision"), date("filedOn"), text("replyEmail"),
                text("replyAddress"), earlier(), flag("sentenced"), flag("movedOrganization"), flag("writtenForAnother"),
                flag("alsoDenounces"), date("sentOn"));
    }

    String text(String key) {
        Object v = values.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }

    LocalDate date(String key) {
        return values.get(key) instanceof LocalDate d ? d : null;
    }

    boolean flag(String key) {
        return Boolean.TRUE.equals(values.get(key)) || "true".equals(String.valueOf(values.get(key)));
    }

    EarlierResolution earlier() {
        String v = text("earlierResolution");
        return v == null ? EarlierResolution.NONE : EarlierResolution.valueOf(v);
    }
}
