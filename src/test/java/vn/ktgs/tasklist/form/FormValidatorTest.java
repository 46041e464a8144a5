package vn.ktgs.tasklist.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.*;
import org.junit.jupiter.api.Test;
import vn.ktgs.kernel.FieldError;

class FormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final FormDefinition form = FormParser.parse(new ByteArrayInputStream("""
            {"id":"f","components":[
              {"type":"text","text":"# Hello"},
              {"type":"radio","key":"decision","validate":{"required":true},
               "values":[{"label":"Yes","value":"APPROVE"},{"label":"No","value":"REJECT"}]},
              {"type":"textarea","key":"reason","validate":{"maxLength":10},"properties":{"requiredWhen":"decision=REJECT"}},
              {"type":"number","key":"votes","decimalDigits":0,"validate":{"min":0,"max":50}},
              {"type":"textfield","key":"no","validate":{"pattern":"^[0-9]+-TB$"}},
              {"type":"dynamiclist","key":"items","properties":{"minRows":"1"},"components":[
                {"type":"datetime","subtype":"date","key":"due","validate":{"required":true},"properties":{"notBefore":"today"}}]}
            ]}""".getBytes(StandardCharsets.UTF_8)));

    private List<FieldError> validate(Map<String, Object> values) {
        return FormValidator.validate(form, values, TODAY);
    }

    private static Map<String, Object> valid() {
        Map<String, Object> v = new HashMap<>();
        v.put("decision", "APPROVE");
        v.put("items", List.of(new HashMap<>(Map.of("due", TODAY))));
        return v;
    }

    @Test
    void a_complete_form_has_no_errors() {
        assertThat(validate(valid())).isEmpty();
    }

    @Test
    void a_reason_is_required_only_when_rejecting() {
        Map<String, Object> v = valid();
        v.put("decision", "REJECT");
        assertThat(validate(v)).containsExactly(FieldError.of("reason", "required"));
        v.put("reason", "   ");
        assertThat(validate(v)).containsExactly(FieldError.of("reason", "required"));
        v.put("reason", "ok");
        assertThat(validate(v)).isEmpty();
    }

    @Test
    void lengths_ranges_patterns_and_options_are_enforced() {
        Map<String, Object> v = valid();
        v.put("decision", "MAYBE");
        v.put("reason", "far too long for ten");
        v.put("votes", 51);
        v.put("no", "12/TB");
        assertThat(validate(v)).extracting(FieldError::code).containsExactlyInAnyOrder("option", "maxLength", "max", "pattern");
    }

    @Test
    void a_vote_count_must_be_a_whole_number() {
        Map<String, Object> v = valid();
        v.put("votes", new java.math.BigDecimal("1.5"));
        assertThat(validate(v)).containsExactly(FieldError.of("votes", "integer", 0));
        v.put("votes", 7);
        assertThat(validate(v)).isEmpty();
    }

    @Test
    void rows_of_a_dynamic_list_are_checked_one_by_one() {
        Map<String, Object> v = valid();
        v.put("items", List.of(new HashMap<>(Map.of("due", TODAY.minusDays(1))), new HashMap<>()));
        assertThat(validate(v)).containsExactly(FieldError.of("items[0].due", "notBeforeToday"), FieldError.of("items[1].due", "required"));
        v.put("items", List.of());
        assertThat(validate(v)).containsExactly(FieldError.of("items", "minRows", 1));
    }

    @Test
    void text_blocks_are_not_inputs() {
        assertThat(form.inputs()).extracting(FormField::key).containsExactly("decision", "reason", "votes", "no", "items");
    }
}
