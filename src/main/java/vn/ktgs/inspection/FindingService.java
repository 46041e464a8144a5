package vn.ktgs.inspection;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.kernel.FieldError;

/** Structured findings of a verification (§1c amounts, §1d discipline cases): checked, stored, summed, described. */
@Service
@Transactional
public class FindingService {

    private final InspectionFindingRepository findings;
    private final Clock clock;

    FindingService(InspectionFindingRepository findings, Clock clock) {
        this.clock = clock;
        this.findings = findings;
    }

    /** Rules the form cannot say: an amount is a whole number of đồng. Field names as the form validator writes them. */
    static List<FieldError> check(List<Map<String, Object>> rows) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object amount = rows.get(i).get("amount");
            if (amount != null && new BigDecimal(amount.toString()).stripTrailingZeros().scale() > 0) {
                errors.add(FieldError.of("findings[" + i + "].amount", "integer"));
            }
        }
        return errors;
    }

    /** Replaces the case's findings with the rows of a verification form. */
    void record(long caseId, List<Map<String, Object>> rows) {
        findings.deleteByCaseId(caseId);
        findings.flush();
        int seq = 0;
        for (Map<String, Object> row : rows) {
            FindingKind kind = FindingKind.valueOf(text(row, row.containsKey("area") ? "area" : "kind"));
            Object amount = row.get("amount");
            findings.save(new InspectionFinding(caseId, ++seq, kind, text(row, "concerned"), text(row, "description"),
                    text(row, "decidedBy"), amount == null ? null : new BigDecimal(amount.toString()).setScale(0),
                    clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    public List<InspectionFinding> of(long caseId) {
        return findings.findByCaseIdOrderBySeqAsc(caseId);
    }

    /** Sum of the amounts, or null when no finding has one. */
    public static BigDecimal total(List<InspectionFinding> list) {
        return list.stream().map(InspectionFinding::getAmount).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    /**
     * The findings as the conclusion and its notice state them, one numbered line each, then the total in đồng.
     * In Vietnamese whatever the user's language: the text is recorded in the decision.
     */
    @Transactional(readOnly = true)
    public String describe(long caseId) {
        return describe(caseId, total -> "Tổng số tiền sai phạm: " + Vnd.format(total));
    }

    /** The same lines shown live on a task page: the total's label in the page's language. */
    @Transactional(readOnly = true)
    public String describeForPage(long caseId) {
        return describe(caseId, total -> translate("findings.total", Vnd.format(total)));
    }

    private String describe(long caseId, Function<BigDecimal, String> totalLine) {
        List<InspectionFinding> list = of(caseId);
        if (list.isEmpty()) {
            return "";
        }
        String lines = list.stream().map(FindingService::line).collect(Collectors.joining("\n"));
        BigDecimal total = total(list);
        return total == null ? lines : lines + "\n" + totalLine.apply(total);
    }

    private static String line(InspectionFinding f) {
        StringBuilder s = new StringBuilder(f.getSeq() + ". " + f.getKind().vietnamese());
        if (f.getConcerned() != null) {
            s.append(" – ").append(f.getConcerned());
        }
        s.append(": ").append(f.getDescription());
        if (f.getDecidedBy() != null) {
            s.append(" (cấp đã kỷ luật: ").append(f.getDecidedBy()).append(')');
        }
        if (f.getAmount() != null) {
            s.append(" – ").append(Vnd.format(f.getAmount()));
        }
        return s.toString();
    }

    private static String text(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }
}
