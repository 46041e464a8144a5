package vn.ktgs.discipline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ktgs.kernel.FieldError;

/** A violation as entered on the start form (or carried into a proposal), before it is saved. */
public record ViolationDraft(ViolationKind kind, String description, LocalDate startedOn, LocalDate endedOn, boolean ongoing) {

    /** The rows of the start form's list; dates after today and ends before starts are added to {@code errors}. */
    @SuppressWarnings("unchecked")
    static List<ViolationDraft> fromForm(Map<String, Object> values, LocalDate today, List<FieldError> errors) {
        List<ViolationDraft> drafts = new ArrayList<>();
        List<Map<String, Object>> rows = (List<Map<String, Object>>) values.getOrDefault("violations", List.of());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            LocalDate start = (LocalDate) row.get("startDate");
            LocalDate end = (LocalDate) row.get("endDate");
            String prefix = "violations[" + i + "].";
            if (start.isAfter(today)) {
                errors.add(FieldError.of(prefix + "startDate", "notAfterToday"));
            }
            if (end != null && end.isAfter(today)) {
                errors.add(FieldError.of(prefix + "endDate", "notAfterToday"));
            } else if (end != null && end.isBefore(start)) {
                errors.add(FieldError.of(prefix + "endDate", "discipline.endBeforeStart"));
            }
            drafts.add(new ViolationDraft(ViolationKind.valueOf(DisciplineReviews.text(row, "kind")), DisciplineReviews.text(row, "description"), start, end,
                    Boolean.TRUE.equals(row.get("ongoing"))));
        }
        return drafts;
    }


    LimitationPeriods.Violation forLimitation() {
        return new LimitationPeriods.Violation(kind, startedOn, endedOn, ongoing);
    }
}
